import type { Challenge, Difficulty, PatternFrontmatter, Theme, TimeInvestment } from "./schema";

export const DIFFICULTY_LABEL: Record<Difficulty, string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
  expert: "Expert",
};
export const DIFFICULTY_STARS: Record<Difficulty, number> = { beginner: 1, intermediate: 2, advanced: 3, expert: 4 };

export const TIME_LABEL: Record<TimeInvestment, string> = {
  quick: "Quick (under 30 min)",
  standard: "Standard (30-60 min)",
  deep: "Deep (60-120 min)",
};

export const CHALLENGE_LABEL: Record<Challenge, string> = {
  scale: "Scale",
  consistency: "Consistency",
  latency: "Latency",
  security: "Security",
  "real-time": "Real-time",
  ml: "ML/AI",
};

export const THEME_LABEL: Record<Theme, string> = {
  "global-scale": "Global scale",
  "high-security": "High security",
  "low-latency": "Low latency",
  "ai-ml": "AI/ML powered",
  "mobile-first": "Mobile-first",
};

/** In the order /patterns lists the categories. */
export const PATTERN_CATEGORY_LABEL: Record<PatternFrontmatter["category"], string> = {
  data: "Data storage and distribution",
  consistency: "Consistency and coordination",
  communication: "Communication",
  resilience: "Resilience",
  performance: "Performance and caching",
  operations: "Operations and deployment",
  geo: "Geospatial",
  ml: "Machine learning",
};

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
