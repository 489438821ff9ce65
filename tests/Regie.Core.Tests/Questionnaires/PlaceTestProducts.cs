namespace Regie.Core.Tests.Questionnaires;

/// <summary>
/// A test product for products.yaml (with <see cref="DataCopy"/>) whose vendor and place facts are given: "unknown" becomes
/// an unknown fact, anything else a confirmed one; so the catalog's questions are asked of what these tests decide.
/// </summary>
internal static class PlaceTestProducts
{
    public static string Product(string id, string vendor, string provider, string region, string location) => $"""
          - id: {id}
            name: "Test {id}"
            category: opslag
            processes: []
            vendor: {Fact(vendor)}
            hostingProvider: {Fact(provider)}
            hostingRegion: {Fact(region)}
            dataLocation: {Fact(location)}
            openSource: {Fact("\"no\"")}
        """;

    private static string Fact(string value) => value == "unknown"
        ? "{value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}"
        : $"{{value: {value}, source: \"https://example.org\", checked: 2026-11-01, confidence: confirmed}}";
}
