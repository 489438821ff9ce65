using Regie.Core.Common;
using Regie.Core.Questionnaires;

namespace Regie.Core.Catalog;

/// <summary>
/// A vendor's answer counts twelve months (<see cref="VendorStatements.ValidMonths"/>), in the catalog as on a board. Lint
/// refuses a release that carries a catalog fact with confidence <c>stated</c> that ran out by its release date, but a running
/// Regie keeps a release for months: this turns each stated fact that ran out by a given day into unknown again, so the score
/// stops counting it and both questionnaires ask it again.
/// </summary>
internal static class StatedFactExpiry
{
    /// <summary>Whether any stated fact among these ran out (or is dated later) on <paramref name="today"/>.</summary>
    public static bool AnyRunOut(IEnumerable<IFactView> facts, DateOnly today) =>
        facts.Any(f => f.Confidence == Confidence.StatedByVendor && !Counts(f, today));

    /// <summary>Every fact of the catalog's products, companies, providers and alternatives, as the expiry reads them.</summary>
    public static IEnumerable<IFactView> Facts(KnowledgeCatalog catalog) =>
        catalog.Products.SelectMany(Facts)
            .Concat(catalog.Companies.SelectMany(c => new IFactView[] { c.Country, c.Parent }))
            .Concat(catalog.Providers.Select(p => (IFactView)p.Company))
            .Concat(catalog.Alternatives.SelectMany(Facts));

    public static IEnumerable<IFactView> Facts(Alternative a) =>
        [a.Licence, a.Vendor, a.HostingOptions, a.Standards, a.Maturity, a.DutchEducationUse, a.ExitTerms];

    public static IEnumerable<IFactView> Facts(Product p) =>
    [
        p.Vendor, p.HostingProvider, p.HostingRegion, p.DataLocation, p.OpenSource, p.SubProcessors, p.AiFeatures, p.AiModelProvider,
        p.Standards, p.PrivacyCovenant, p.EduV, p.PupilSectors, .. p.Answers.Values,
    ];

    public static Product On(Product p, DateOnly today)
    {
        if (!AnyRunOut(Facts(p), today))
        {
            return p;
        }

        return p with
        {
            Vendor = On(p.Vendor, today),
            HostingProvider = On(p.HostingProvider, today),
            HostingRegion = On(p.HostingRegion, today),
            DataLocation = On(p.DataLocation, today),
            OpenSource = On(p.OpenSource, today),
            SubProcessors = On(p.SubProcessors, today),
            AiFeatures = On(p.AiFeatures, today),
            AiModelProvider = On(p.AiModelProvider, today),
            Standards = On(p.Standards, today),
            PrivacyCovenant = On(p.PrivacyCovenant, today),
            EduV = On(p.EduV, today),
            PupilSectors = On(p.PupilSectors, today),
            Answers = p.Answers.ToDictionary(a => a.Key, a => On(a.Value, today), StringComparer.OrdinalIgnoreCase),
        };
    }

    public static Company On(Company c, DateOnly today) =>
        AnyRunOut([c.Country, c.Parent], today) ? c with { Country = On(c.Country, today), Parent = On(c.Parent, today) } : c;

    public static Alternative On(Alternative a, DateOnly today) =>
        AnyRunOut(Facts(a), today)
            ? a with
            {
                Licence = On(a.Licence, today),
                Vendor = On(a.Vendor, today),
                HostingOptions = On(a.HostingOptions, today),
                Standards = On(a.Standards, today),
                Maturity = On(a.Maturity, today),
                DutchEducationUse = On(a.DutchEducationUse, today),
                ExitTerms = On(a.ExitTerms, today),
            }
            : a;

    public static HostingProvider On(HostingProvider p, DateOnly today) =>
        AnyRunOut([p.Company], today) ? p with { Company = On(p.Company, today) } : p;

    /// <summary>
    /// The fact itself while it counts. A stated fact that ran out becomes unknown but keeps its source and date, so a reader
    /// sees whose answer it was and when it was given (more than twelve months ago: the catalog page marks it outdated).
    /// </summary>
    public static Fact<T> On<T>(Fact<T> fact, DateOnly today) =>
        fact.Confidence != Confidence.StatedByVendor || Counts(fact, today)
            ? fact
            : new Fact<T>(default, fact.Source, fact.Checked, Confidence.Unknown);

    private static bool Counts(IFactView fact, DateOnly today) => fact.Checked is { } answered && VendorStatements.IsCurrent(answered, today);
}
