using Regie.Core.Scoring;

namespace Regie.Web.Infrastructure;

/// <summary>CSS classes and small formats that several pages share, so a badge looks the same everywhere.</summary>
public static class Display
{
    public static string BandClass(string band) => $"badge band-{band}";

    public static string PolicyClass(PolicyResult policy) => policy.Passes ? "badge pass" : "badge fail";

    /// <summary>A standing's badge: passing green, failing on known facts red, undetermined amber.</summary>
    public static string StandingClass(Standing standing) => standing switch
    {
        Standing.MeetsMinimum => "badge pass",
        Standing.FailsOnKnownFacts => "badge fail",
        _ => "badge undetermined",
    };

    public static string Percent(double share) => $"{Math.Round(share * 100):0}%";

    /// <summary>The service page for a graph entity id "service:{guid}", else null.</summary>
    public static string? ServiceLink(string entityId) =>
        entityId.StartsWith("service:", StringComparison.Ordinal) ? $"/services/{entityId["service:".Length..]}" : null;
}
