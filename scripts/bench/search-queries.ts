/**
 * 100 realistic search queries, shared by the in-process search bench and the
 * HTTP bench: product names, patterns, typos of both, multi-word topics and
 * whole questions.
 */
const SYSTEMS = [
  "kafka", "cassandra", "dynamodb", "spanner", "zookeeper", "etcd", "redis", "memcached", "mongodb", "aurora",
  "kubernetes", "elasticsearch", "prometheus", "spark", "mapreduce", "uber", "netflix", "discord", "stripe", "figma",
];
const PATTERNS = [
  "consistent hashing", "leader election", "rate limiting", "circuit breaker", "event sourcing", "cqrs", "saga",
  "raft", "paxos", "gossip protocol", "bloom filter", "lsm tree", "sharding", "quorum", "vector clocks", "crdt",
  "write-ahead log", "change data capture", "backpressure", "geospatial index",
];
export const TYPOS = [
  "kafak", "casandra", "dynamdb", "spaner", "zookeper", "elasticsaerch", "kubernets", "promethus", "memcahced", "mongdb",
  "consistant hashing", "leader electoin", "circut breaker", "evnt sourcing", "replicaton", "partitoning", "idempotnecy",
  "shardng", "latancy", "throughput budgte",
];
const MULTI_WORD = [
  "exactly once delivery", "global secondary index", "hot partition", "multi region replication", "clock skew",
  "tail latency", "cache invalidation", "fan out on write", "news feed ranking", "chat message ordering",
  "payment idempotency keys", "flash sale inventory", "matchmaking skill rating", "location updates drivers",
  "nearby friends geohash", "url shortener base62", "unique id snowflake", "rate limiter token bucket",
  "video transcoding pipeline", "search autocomplete trie", "leaderboard sorted set", "hipaa audit logging",
  "route optimization vehicle", "warehouse robots", "medical imaging storage",
];
const QUESTIONS = [
  "how does kafka replicate partitions", "why is spanner externally consistent", "what happens when a leader fails",
  "how to shard a database", "what is truetime", "how do you scale websockets", "why use a message queue",
  "how does dynamo handle conflicts", "what is read repair", "when to use eventual consistency",
  "how are metrics stored", "how is a timeline built", "what is a split brain", "how do retries cause duplicates",
  "s3 durability eleven nines",
];
export const QUERIES = [...SYSTEMS, ...PATTERNS, ...TYPOS, ...MULTI_WORD, ...QUESTIONS];

/** Every fifth query: 20 of all five kinds, for the HTTP bench's /search round. */
export const SAMPLE_QUERIES = QUERIES.filter((_, i) => i % 5 === 0);
