import { z } from "zod";

export const DOMAINS = [
  "databases",
  "messaging-streaming",
  "location-services",
  "infrastructure",
  "social-communication",
  "financial-commerce",
  "search-analytics",
  "monitoring-observability",
  "healthcare",
  "gaming",
  "logistics",
  "elite-engineering",
] as const;
export type Domain = (typeof DOMAINS)[number];

export const DIFFICULTIES = ["beginner", "intermediate", "advanced", "expert"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** quick < 30 min, standard 30-60, deep 60-120 (PRODUCT.md). */
export const TIME_INVESTMENTS = ["quick", "standard", "deep"] as const;
export type TimeInvestment = (typeof TIME_INVESTMENTS)[number];
export const TIME_BOUNDS: Record<TimeInvestment, { min: number; max: number }> = {
  quick: { min: 10, max: 29 },
  standard: { min: 30, max: 60 },
  deep: { min: 61, max: 120 },
};

/** The seed's "By Architecture Pattern Focus" and "By Problem Domain" kinds. */
export const CHALLENGES = ["scale", "consistency", "latency", "security", "real-time", "ml"] as const;
export type Challenge = (typeof CHALLENGES)[number];

/** The seed's "Cross-Domain Themes". */
export const THEMES = ["global-scale", "high-security", "low-latency", "ai-ml", "mobile-first"] as const;
export type Theme = (typeof THEMES)[number];

const slugRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "must be '<domain>/<slug>', lowercase");

const httpsUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

export const sourceSchema = z.object({
  title: z.string().min(3),
  url: httpsUrl,
  kind: z.enum(["paper", "blog", "docs", "talk", "postmortem", "book", "report"]),
  publisher: z.string().min(2),
  year: z.number().int().min(1970).max(2026),
});

export const metricSchema = z.object({
  label: z.string().min(3),
  value: z.string().min(1),
  /** Year the figure was published or measured. */
  /** Feeds the index's "By Problem Domain" and "Scale Comparison" sections. */
  kind: z.enum(["scale", "consistency", "latency"]).optional(),
  asOf: z.number().int().min(1970).max(2026),
  /** A URL that states the figure; must also be listed in sources. */
  source: httpsUrl,
});

export const studyFrontmatterSchema = z
  .object({
    title: z.string().min(3).max(80),
    summary: z.string().min(40).max(320),
    domain: z.enum(DOMAINS),
    difficulty: z.enum(DIFFICULTIES),
    timeInvestment: z.enum(TIME_INVESTMENTS),
    minutes: z.number().int().min(10).max(120),
    /** "full" meets CONTENT.md; "preview" shows summary, facts and related studies only. */
    status: z.enum(["full", "preview"]),
    /** Bumped when the study is substantially revised; progress keeps the version completed. */
    version: z.number().int().min(1),
    updated: z.iso.date(),
    /** Slugs of content/patterns/<slug>.mdx */
    patterns: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    themes: z.array(z.enum(THEMES)),
    challenges: z.array(z.enum(CHALLENGES)).min(1),
    /** Short phrases for the Scale Comparison table's "Architecture Highlights". */
    highlights: z.array(z.string().min(3).max(60)).min(1).max(4),
    keyMetrics: z.array(metricSchema).min(1),
    related: z.array(slugRef).min(1),
    prerequisites: z.array(slugRef),
    sources: z.array(sourceSchema).min(1),
    /** The second reader's fact check (CONTENT.md): when it was done and what it found and changed. */
    review: z
      .object({
        date: z.iso.date(),
        summary: z.string().min(40).max(700),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    const { min, max } = TIME_BOUNDS[fm.timeInvestment];
    if (fm.minutes < min || fm.minutes > max) {
      ctx.addIssue({
        code: "custom",
        path: ["minutes"],
        message: `${fm.timeInvestment} studies take ${min}-${max} minutes, got ${fm.minutes}`,
      });
    }
    const urls = new Set(fm.sources.map((s) => s.url));
    fm.keyMetrics.forEach((m, i) => {
      if (!urls.has(m.source)) {
        ctx.addIssue({
          code: "custom",
          path: ["keyMetrics", i, "source"],
          message: "the metric's source must also be listed in sources",
        });
      }
    });
    if (fm.status === "full" && fm.sources.length < 5) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: "a full study needs at least five primary sources" });
    }
    if (fm.status === "full" && !fm.review) {
      ctx.addIssue({ code: "custom", path: ["review"], message: "a full study lands only after its second reader's check: add review.date and review.summary" });
    }
  });
export type StudyFrontmatter = z.infer<typeof studyFrontmatterSchema>;

export const domainFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    shortTitle: z.string().min(3),
    emoji: z.string().min(1),
    tagline: z.string().min(10),
    order: z.number().int().min(1),
    /** Ordered study slugs of this domain's learning path (<domain>/<slug>). */
    path: z.array(slugRef).min(2),
    crossReferences: z.array(z.object({ domain: z.enum(DOMAINS), why: z.string().min(10) })).min(1),
  })
  .strict();
export type DomainFrontmatter = z.infer<typeof domainFrontmatterSchema>;

export const trackFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    audience: z.string().min(5),
    why: z.string().min(10),
    order: z.number().int().min(1),
    steps: z.array(slugRef).min(2),
  })
  .strict();
export type TrackFrontmatter = z.infer<typeof trackFrontmatterSchema>;

export const patternFrontmatterSchema = z
  .object({
    title: z.string().min(2),
    /** Other names the seed or industry uses, e.g. "Master-Slave Replication". */
    aliases: z.array(z.string()).default([]),
    category: z.enum(["data", "consistency", "communication", "resilience", "performance", "operations", "geo", "ml"]),
  })
  .strict();
export type PatternFrontmatter = z.infer<typeof patternFrontmatterSchema>;
