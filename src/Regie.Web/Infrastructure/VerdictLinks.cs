using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Web.Infrastructure;

/// <summary>Where each root cause and action of the verdict is looked at or acted on.</summary>
public static class VerdictLinks
{
    public static string Questionnaire(string vendorId) => "/questionnaires/vendor?vendor=" + Uri.EscapeDataString(vendorId);

    /// <summary>The page for a cause, or null when its services are the place to look.</summary>
    public static string? For(RootCause cause) => cause switch
    {
        ThroughDependency d => $"/services/{d.Target}",
        OpenQuestions { VendorId: { } vendor } => Questionnaire(vendor),
        VendorParty or HostingParty => "/graph",
        _ => null,
    };

    /// <summary>
    /// A cause's name in links: its kind and what it names (the dependency, company or vendor). Unlike its rank it stays the
    /// same while the board's data does not change the cause itself.
    /// </summary>
    public static string CauseKey(RootCause cause) => cause.Code + cause switch
    {
        ThroughDependency d => $":{d.Edge}:{d.Target}",
        VendorParty v => ":" + v.CompanyId,
        HostingParty h => ":" + h.CompanyId,
        OpenQuestions q => ":" + q.VendorId,
        ProductAnswers p => ":" + p.VendorId,
        _ => "",
    };

    /// <summary>The service list narrowed to the services a cause holds below their minimum.</summary>
    public static string HeldServices(RootCause cause) => "/services?cause=" + Uri.EscapeDataString(CauseKey(cause));

    /// <summary>The service list filtered on a standing.</summary>
    public static string Services(Standing standing) => "/services?standing=" + standing switch
    {
        Standing.MeetsMinimum => "meets",
        Standing.FailsOnKnownFacts => "known",
        _ => "undetermined",
    };
}
