import { describe, expect, it } from "vitest";
import { mailConfig, smtpConfigured } from "./config";

process.env.DATABASE_URL ??= "postgresql://u:p@127.0.0.1:5432/db";
process.env.AUTH_SECRET ??= "unit-test-secret-9f2K7qLm3ZxW8vB1";
const { parseEnv } = await import("@/lib/env");

const base = { DATABASE_URL: "postgres://a@b/c", AUTH_SECRET: "k3J9pQ2xV7mN4bR8tY1wZ6cF0hL5sD3gA" };
const FROM = "Case Studies <no-reply@learn.example.org>";

describe("email settings", () => {
  it("without SMTP, email is not configured (and that is valid)", () => {
    const env = parseEnv(base);
    expect(mailConfig(env)).toEqual({ configured: false });
    expect(smtpConfigured(base)).toBe(false);
  });

  it("treat empty values, as compose files pass them, as unset", () => {
    const env = parseEnv({ ...base, SMTP_URL: "", SMTP_HOST: "", SMTP_PORT: "", MAIL_FROM: "" });
    expect(mailConfig(env)).toEqual({ configured: false });
  });

  it("take SMTP_URL as it is", () => {
    const env = parseEnv({ ...base, SMTP_URL: "smtps://mailer:s3cret@mail.example.org:465", MAIL_FROM: FROM });
    expect(mailConfig(env)).toEqual({ configured: true, smtp: "smtps://mailer:s3cret@mail.example.org:465", from: FROM, describe: "smtps://mail.example.org:465" });
  });

  it("build the transport from the parts, requiring TLS before credentials cross the network", () => {
    const env = parseEnv({ ...base, SMTP_HOST: "mail.example.org", SMTP_USER: "mailer", SMTP_PASSWORD: "s3cret", MAIL_FROM: FROM });
    expect(mailConfig(env)).toMatchObject({
      configured: true,
      smtp: { host: "mail.example.org", port: 587, secure: false, requireTLS: true, auth: { user: "mailer", pass: "s3cret" } },
      describe: "smtp://mail.example.org:587",
    });
    const implicit = parseEnv({ ...base, SMTP_HOST: "mail.example.org", SMTP_PORT: "465", MAIL_FROM: FROM });
    expect(mailConfig(implicit)).toMatchObject({ smtp: { port: 465, secure: true, requireTLS: false } });
    const local = parseEnv({ ...base, SMTP_HOST: "127.0.0.1", SMTP_PORT: "1025", SMTP_SECURE: "false", MAIL_FROM: "no-reply@localhost" });
    expect(mailConfig(local)).toMatchObject({ smtp: { host: "127.0.0.1", port: 1025, secure: false, requireTLS: false } });
    expect(smtpConfigured({ SMTP_HOST: "127.0.0.1" })).toBe(true);
  });

  it("name each setting that is wrong or missing its partner", () => {
    expect(() => parseEnv({ ...base, SMTP_URL: "http://mail.example.org", MAIL_FROM: FROM })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => parseEnv({ ...base, SMTP_HOST: "mail.example.org" })).toThrow(/MAIL_FROM: is required when SMTP is configured/);
    expect(() => parseEnv({ ...base, SMTP_URL: "smtp://a", SMTP_HOST: "b", MAIL_FROM: FROM })).toThrow(/SMTP_HOST: set SMTP_URL or SMTP_HOST, not both/);
    expect(() => parseEnv({ ...base, SMTP_PORT: "2525" })).toThrow(/SMTP_PORT: needs SMTP_HOST/);
    expect(() => parseEnv({ ...base, SMTP_HOST: "h", SMTP_PORT: "99999", MAIL_FROM: FROM })).toThrow(/SMTP_PORT: /);
    expect(() => parseEnv({ ...base, SMTP_HOST: "h", SMTP_USER: "u", MAIL_FROM: FROM })).toThrow(/SMTP_PASSWORD: SMTP_USER and SMTP_PASSWORD go together/);
    expect(() => parseEnv({ ...base, SMTP_HOST: "h", SMTP_SECURE: "yes", MAIL_FROM: FROM })).toThrow(/SMTP_SECURE: must be true or false/);
    expect(() => parseEnv({ ...base, SMTP_HOST: "h", MAIL_FROM: "Case Studies <no-reply@x.org>\r\nBcc: victim@x.org" })).toThrow(/MAIL_FROM: must be an address/);
  });
});
