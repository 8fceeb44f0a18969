package uk.toex.crosslink.analytics.harm;

/**
 * A hidden-harm rule: its name, the Cypher file that finds the persons it flags (with evidence lines
 * and the records, adverts and OCGs behind them), and what it means. Rules are data
 * ({@code analytics/harm-rules.csv}): a new rule is a row and a {@code cypher/analytics/harm/} file.
 */
public record HarmRule(String name, String cypher, String description) {
}
