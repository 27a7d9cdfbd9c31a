import next from "eslint-config-next";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTypescript,
  { ignores: [".next*/**", "generated/**", ".data/**", "node_modules/**", "test-results*/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error", "log"] }],
    },
  },
  // Playwright fixtures receive a `use` callback that is not React's `use`.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];
export default config;
