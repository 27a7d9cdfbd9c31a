import fs from "node:fs";
import path from "node:path";

/** The seed page the catalog is specified by (a copy of ../shared/seed/case-studies-index.md). */
export const SEED = fs.readFileSync(path.join(process.cwd(), "docs/seed/case-studies-index.md"), "utf8");

/** Every study the seed links, as published ids (`-enhanced` removed). */
export function seedStudyIds(): string[] {
  const ids = [...SEED.matchAll(/architects-handbook\/case-studies\/([a-z-]+)\/([a-z0-9-]+)\.md/g)].map(
    (m) => `${m[1]}/${m[2]!.replace(/-enhanced$/, "")}`,
  );
  return [...new Set(ids)];
}

/**
 * The seed's ratings, as (name in the seed -> study ids). Each name is checked
 * to appear in the seed's own list, so this table cannot drift from it.
 */
export const SEED_DIFFICULTY = {
  Beginner: { "URL Shortener": ["infrastructure/url-shortener"], "E-commerce Platform": ["financial-commerce/ecommerce-platform"], Life360: ["location-services/life360"] },
  Intermediate: {
    "Consistent Hashing": ["infrastructure/consistent-hashing"],
    "Notification System": ["social-communication/notification-system"],
    "Gaming Leaderboard": ["search-analytics/gaming-leaderboard"],
  },
  Advanced: {
    "Payment System": ["financial-commerce/payment-system"],
    Kafka: ["messaging-streaming/kafka"],
    "Uber Location": ["location-services/uber-location"],
    "Chat System": ["social-communication/chat-system"],
  },
  Expert: {
    "Google Search": ["search-analytics/google-search"],
    Kubernetes: ["infrastructure/kubernetes"],
    YouTube: ["social-communication/youtube", "social-communication/google-youtube"],
    Spanner: ["databases/google-spanner"],
  },
} as const;

export const SEED_FOCUS = {
  Consistency: {
    Spanner: ["databases/google-spanner"],
    DynamoDB: ["databases/amazon-dynamo"],
    "Payment Systems": ["financial-commerce/payment-system"],
    "Chat Consistency": ["social-communication/consistency-deep-dive-chat"],
  },
  Scale: {
    "Google Search": ["search-analytics/google-search"],
    YouTube: ["social-communication/youtube", "social-communication/google-youtube"],
    Netflix: ["messaging-streaming/netflix-streaming"],
    DynamoDB: ["databases/amazon-dynamo"],
  },
  "Real-time": {
    Chat: ["social-communication/chat-system"],
    Discord: ["elite-engineering/discord-voice-infrastructure"],
    "Uber Location": ["location-services/uber-location"],
    "Video Streaming": ["social-communication/video-streaming"],
  },
  "ML/AI": { "Spotify Recommendations": ["search-analytics/spotify-recommendations"], "Google Search": ["search-analytics/google-search"] },
  Security: {
    "Payment Systems": ["financial-commerce/payment-system"],
    Vault: ["databases/vault"],
    "Find My Device": ["location-services/find-my-device"],
  },
} as const;

export const FOCUS_TO_CHALLENGE = { Consistency: "consistency", Scale: "scale", "Real-time": "real-time", "ML/AI": "ml", Security: "security" } as const;

export const SEED_THEMES = {
  "global-scale": { line: "Global Scale", studies: { "Google Search": ["search-analytics/google-search"], Netflix: ["messaging-streaming/netflix-streaming"], YouTube: ["social-communication/youtube"], Uber: ["location-services/uber-location"] } },
  "high-security": { line: "High Security", studies: { "Payment systems": ["financial-commerce/payment-system"], Vault: ["databases/vault"] } },
  "low-latency": {
    line: "Low Latency",
    studies: { Redis: ["databases/redis-architecture"], Discord: ["elite-engineering/discord-voice-infrastructure"], Uber: ["location-services/uber-location"], "stock exchanges": ["financial-commerce/stock-exchange"] },
  },
  "ai-ml": { line: "AI/ML Powered", studies: { Search: ["search-analytics/google-search"], recommendations: ["search-analytics/spotify-recommendations"] } },
} as const;

/** The Pattern Usage table: system name in the seed -> study id and pattern slugs. */
export const SEED_PATTERN_USAGE: Record<string, { study: string; patterns: string[] }> = {
  Netflix: { study: "messaging-streaming/netflix-streaming", patterns: ["circuit-breaker", "event-sourcing", "cqrs", "multi-level-cache", "chaos-engineering"] },
  Uber: { study: "location-services/uber-location", patterns: ["geospatial-indexing", "event-streaming", "edge-computing", "adaptive-sampling"] },
  DynamoDB: { study: "databases/amazon-dynamo", patterns: ["consistent-hashing", "quorum-consensus", "vector-clocks", "merkle-trees", "auto-scaling"] },
  Spanner: { study: "databases/google-spanner", patterns: ["paxos", "truetime", "mvcc", "distributed-transactions"] },
  Kafka: { study: "messaging-streaming/kafka", patterns: ["partitioning", "replication", "log-structured-storage", "zero-copy"] },
  Redis: { study: "databases/redis-architecture", patterns: ["leader-follower-replication", "sharding", "pub-sub", "persistence-options"] },
  Cassandra: { study: "databases/cassandra", patterns: ["consistent-hashing", "gossip-protocol", "lsm-trees", "bloom-filters"] },
  YouTube: { study: "social-communication/youtube", patterns: ["cdn", "adaptive-bitrate-streaming", "sharding", "multi-level-cache"] },
  Discord: { study: "elite-engineering/discord-voice-infrastructure", patterns: ["consistent-hashing", "webrtc", "edge-computing", "service-mesh"] },
  Elasticsearch: { study: "search-analytics/elasticsearch", patterns: ["inverted-index", "sharding", "leader-follower-replication", "bulk-processing"] },
};
