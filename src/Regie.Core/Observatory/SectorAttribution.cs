using Regie.Core.Discovery;
using Regie.Core.Landscape;

namespace Regie.Core.Observatory;

/// <summary>A school's providers in one scan, found through its own website's domain.</summary>
public sealed record SchoolAttribution(RegisterSchool School, string? Domain, IReadOnlyDictionary<ScanArea, ScanProvider> Providers);

/// <summary>A board's providers in one scan, its pupils (the sum of its schools') and whether its own domain decided.</summary>
public sealed record BoardAttribution(
    RegisterBoard Board, string? Domain, bool ByOwnDomain, int Pupils, BoardSize Size, string? Province,
    IReadOnlyList<Sector> Sectors, IReadOnlyDictionary<ScanArea, ScanProvider> Providers);

/// <summary>
/// Who serves each school and board in one scan. A school counts by its own website's domain. A board counts by its own
/// domain when DNS answered for it; otherwise by the provider most of its measured schools use (ties: the provider id
/// first in ordinal order, so the result never depends on input order). Where nothing was measured the provider is
/// <see cref="NotMeasured"/>; where DNS answered and showed no provider for the area, <see cref="NoneSeen"/>.
/// </summary>
public sealed record SectorAttribution(IReadOnlyList<SchoolAttribution> Schools, IReadOnlyList<BoardAttribution> Boards)
{
    /// <summary>No website, a name that is not a domain, a failed look-up, or a domain the scan has not reached yet.</summary>
    public static readonly ScanProvider NotMeasured = new("(not-measured)", "");

    /// <summary>DNS answered but shows no provider for this area (e.g. no MX record, no identity provider visible).</summary>
    public static readonly ScanProvider NoneSeen = new("(none)", "");

    public static bool IsMeasured(ScanProvider provider) => provider.Id != NotMeasured.Id;

    public static SectorAttribution Of(SectorRegister register, IEnumerable<ScanObservation> observations)
    {
        var byDomain = new Dictionary<string, ScanObservation>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            byDomain[observation.Domain] = observation;
        }

        var schools = register.Schools.Select(s =>
        {
            var domain = RegisterDomains.FromWebsite(s.Website);
            return new SchoolAttribution(s, domain, ProvidersOf(domain, byDomain));
        }).ToList();

        var schoolsOfBoard = schools.ToLookup(s => s.School.BoardNumber, StringComparer.Ordinal);
        var boards = register.Boards.Select(b =>
        {
            var own = schoolsOfBoard[b.BoardNumber].ToList();
            var domain = RegisterDomains.FromWebsite(b.Website);
            var byOwnDomain = domain is not null && byDomain.TryGetValue(domain, out var seen) && seen.Outcome == DomainOutcome.Resolved;
            var providers = byOwnDomain ? ProvidersOf(domain, byDomain) : MostUsed(own);
            var pupils = own.Sum(s => s.School.Pupils ?? 0);
            var province = b.Province ?? own.GroupBy(s => s.School.Province).Where(g => g.Key is not null)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var sectors = own.Select(s => s.School.Sector).Distinct().Order().ToList();
            return new BoardAttribution(b, domain, byOwnDomain, pupils, BoardSizes.Of(pupils), province, sectors, providers);
        }).ToList();

        return new SectorAttribution(schools, boards);
    }

    private static IReadOnlyDictionary<ScanArea, ScanProvider> ProvidersOf(string? domain, Dictionary<string, ScanObservation> byDomain)
    {
        if (domain is null || !byDomain.TryGetValue(domain, out var o) || o.Outcome != DomainOutcome.Resolved)
        {
            return Enum.GetValues<ScanArea>().ToDictionary(a => a, _ => NotMeasured);
        }

        return new Dictionary<ScanArea, ScanProvider>
        {
            [ScanArea.Mail] = o.Mail ?? NoneSeen,
            [ScanArea.MailFilter] = o.MailFilter ?? NoneSeen,
            [ScanArea.Identity] = o.Identity ?? NoneSeen,
            [ScanArea.DnsHosting] = o.DnsHosting ?? NoneSeen,
            [ScanArea.WebHosting] = o.WebHosting ?? NoneSeen,
        };
    }

    private static Dictionary<ScanArea, ScanProvider> MostUsed(IReadOnlyList<SchoolAttribution> schools) =>
        Enum.GetValues<ScanArea>().ToDictionary(area => area, area => schools
            .Select(s => s.Providers[area]).Where(IsMeasured)
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First()).FirstOrDefault() ?? NotMeasured);
}
