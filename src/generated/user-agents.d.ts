// Types for user-agents.js, which scripts/generate.mjs generates from inventory/user-agents.json:
// the user-agent table as JSON text, parsed on first use (src/core/user-agents.ts).
export declare const USER_AGENT_TABLE: string
