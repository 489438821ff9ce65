using System.Globalization;
using System.Text;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scenarios;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Scenarios(ScenarioReason reason, bool english, CultureInfo culture)
    {
        string N(double n, string format) => n.ToString(format, culture);
        string I(int n) => n.ToString("N0", culture); // "2.600", as the dashboard counts people
        string Links(string start, IReadOnlyList<PathLink> links) =>
            links.Aggregate(new StringBuilder(start), (text, l) => text.Append(" → ").Append(Edge(l.Edge, culture)).Append(' ').Append(l.Service)).ToString();
        string Chain(IReadOnlyList<ChainStep> chain) => ScenarioChain(chain, english);
        string Country(string? code) => code is null ? "" : $" ({code})";
        string Hosted(LocalizedText provider) => (english ? "hosted by " : "gehost bij ") + provider.In(english ? "en" : "nl");
        string Seated(LocalizedText? name, string code) => (english ? " → seated in " : " → gevestigd in ") + (name is null ? code : $"{name.In(english ? "en" : "nl")} ({code})");

        return (reason, english) switch
        {
            (ScenarioHeadline r, false) => r.Kind switch
            {
                ScenarioKind.Unavailable => $"{r.Target.Nl} valt weg",
                ScenarioKind.CompelledAccess => $"De overheid van {r.Target.Nl} dwingt toegang tot gegevens af",
                ScenarioKind.ProductEnds => $"{r.Target.Nl} stopt",
                _ => $"{r.Target.Nl} wordt {N(r.Percent, "0.#")}% duurder",
            },
            (ScenarioHeadline r, true) => r.Kind switch
            {
                ScenarioKind.Unavailable => $"{r.Target.En} falls away",
                ScenarioKind.CompelledAccess => $"The government of {r.Target.En} compels access to data",
                ScenarioKind.ProductEnds => $"{r.Target.En} ends",
                _ => $"{r.Target.En} becomes {N(r.Percent, "0.#")}% more expensive",
            },

            (ServicePath r, _) => Links(r.Service, r.Links) + " → " + Scenarios(r.Cause, english, culture)
                + (r.HostingPassedOn ? english ? " (assumed: the vendor passes the hosting on)" : " (aangenomen: de leverancier rekent de hosting door)" : ""),
            (ChainHit r, _) => Chain(r.Chain) + Country(r.Country),
            (HostingHit r, _) => Hosted(r.Provider) + (r.Owners.Count > 0 ? " → " + Chain(r.Owners) + Country(r.Country) : ""),
            (CountryHit r, _) => (r.Provider is { } p ? Hosted(p) + " → " : "") + Chain(r.Chain) + Seated(r.CountryName, r.Country),
            (ProductEndsHit r, false) => $"product {r.Product} stopt",
            (ProductEndsHit r, true) => $"product {r.Product} ends",
            (PartOfProductHit r, false) => $"onderdeel van {r.Whole}, dat stopt",
            (PartOfProductHit r, true) => $"part of {r.Whole}, which ends",

            (DependencyRing r, false) => "Kring in de afhankelijkheden: " + Links(r.Start, r.Ring) + ". De doorrekening stopt waar de kring sluit; elke dienst telt één keer.",
            (DependencyRing r, true) => "A cycle in the dependencies: " + Links(r.Start, r.Ring) + ". The walk stops where the cycle closes; each service counts once.",
            (ServicesWithoutParty r, false) => $"{Plural.Count(r.Services, "dienst", "diensten")} zonder bekende leverancier of hostingpartij: {Plural.Of(r.Services, "die kan", "die kunnen")} ook geraakt zijn, maar Regie weet het niet.",
            (ServicesWithoutParty r, true) => $"{Plural.Count(r.Services, "service", "services")} without a known vendor or hosting provider: {Plural.Of(r.Services, "it", "they")} may be hit too, but Regie does not know.",
            (CountryAccessLaw { Law: Tri.Yes } r, false) => $"{r.Country.Nl} heeft een wet die toegang tot gegevens buiten zijn grenzen kan afdwingen{(r.LawNote is { } law ? $" ({law.Nl})" : "")}; bron: {r.Source}.",
            (CountryAccessLaw { Law: Tri.Yes } r, true) => $"{r.Country.En} has a law that can compel access to data beyond its borders{(r.LawNote is { } law ? $" ({law.En})" : "")}; source: {r.Source}.",
            (CountryAccessLaw { Law: Tri.No } r, false) => $"Voor zover bekend kan {r.Country.Nl} geen toegang buiten zijn grenzen afdwingen; de diensten staan hier omdat partijen onder zijn recht vallen.",
            (CountryAccessLaw { Law: Tri.No } r, true) => $"As far as is known, {r.Country.En} cannot compel access beyond its borders; the services are listed because parties fall under its law.",
            (CountryAccessLaw r, false) => $"Of {r.Country.Nl} toegang buiten zijn grenzen kan afdwingen, is onbekend.",
            (CountryAccessLaw r, true) => $"Whether {r.Country.En} can compel access beyond its borders is unknown.",
            (ExposureScope, false) => "Getoond zijn diensten waarvan het moederbedrijf van de leverancier, het moederbedrijf van de hostingpartij of een subverwerker onder dit recht valt. " +
                "Een dienst die alleen inlogt via zo'n dienst staat er niet bij: de inlogdienst bewaart zijn gegevens niet.",
            (ExposureScope, true) => "Shown are the services whose vendor's ultimate parent, hosting provider's ultimate parent or a sub-processor falls under this law. " +
                "A service that only signs in through such a service is not listed: the sign-in service does not keep its data.",
            (SubProcessorsUnknown r, false) => $"Van {Plural.Count(r.Services, "getroffen dienst", "getroffen diensten")} zijn de subverwerkers onbekend; er kunnen meer diensten onder dit recht vallen.",
            (SubProcessorsUnknown r, true) => $"The sub-processors of {Plural.Count(r.Services, "affected service", "affected services")} are unknown; more services may fall under this law.",
            (ContractValuesUnknown r, false) => $"Van {r.Unknown} van de {Plural.Count(r.Services, "dienst", "diensten")} is de contractwaarde onbekend; de meerkosten zijn dus hoger dan getoond.",
            (ContractValuesUnknown r, true) => $"The contract value of {r.Unknown} of the {Plural.Count(r.Services, "service", "services")} is unknown; the extra cost is therefore higher than shown.",

            (PeopleCounted r, false) =>
                $"Minstens {I(r.PupilsAtLeast)} leerlingen en {I(r.StaffAtLeast)} medewerkers: de grootste getroffen dienst (gebruikers van diensten overlappen, dus optellen zou dubbel tellen). " +
                $"Hoogstens {I(r.PupilsAtMost)} leerlingen en {I(r.StaffAtMost)} medewerkers: de som van de getroffen diensten, begrensd door het totaal van het bestuur ({I(r.BoardPupils)} en {I(r.BoardStaff)})." +
                (r.ServicesWithoutCounts > 0 ? $" {Plural.Count(r.ServicesWithoutCounts, "getroffen dienst", "getroffen diensten")} zonder aantallen gebruikers {Plural.Of(r.ServicesWithoutCounts, "telt", "tellen")} niet mee." : ""),
            (PeopleCounted r, true) =>
                $"At least {I(r.PupilsAtLeast)} pupils and {I(r.StaffAtLeast)} staff: the largest affected service (users of services overlap, so adding them up would count twice). " +
                $"At most {I(r.PupilsAtMost)} pupils and {I(r.StaffAtMost)} staff: the sum of the affected services, capped at the board's total ({I(r.BoardPupils)} and {I(r.BoardStaff)})." +
                (r.ServicesWithoutCounts > 0 ? $" {Plural.Count(r.ServicesWithoutCounts, "affected service", "affected services")} without user counts {Plural.Of(r.ServicesWithoutCounts, "does", "do")} not count." : ""),
            (DownContractValue r, false) => $"Jaarlijkse contractwaarde van de uitgevallen diensten waarvan die bekend is ({r.Known} van {r.Down}): betaald maar niet te gebruiken.",
            (DownContractValue r, true) => $"Annual contract value of the services down where it is known ({r.Known} of {r.Down}): paid for but unusable.",
            (NoCostForAccess, false) => "Afgedwongen toegang heeft in dit model geen kosten.",
            (NoCostForAccess, true) => "Compelled access has no cost in this model.",
            (ExtraCostRule r, false) => $"Meerkosten per jaar = {N(r.Percent, "0.##")}% × de jaarlijkse contractwaarde van de {Plural.Count(r.Known, "dienst", "diensten")} waarvan die bekend is.",
            (ExtraCostRule r, true) => $"Extra cost per year = {N(r.Percent, "0.##")}% × the annual contract value of the {Plural.Count(r.Known, "service", "services")} where it is known.",

            (DisruptionHarmFormula r, false) =>
                $"schade = 100 × ({N(r.ProcessWeight, "0.###")} × procesaandeel + {N(r.PeopleWeight, "0.###")} × mensenaandeel) = 100 × ({N(r.ProcessWeight, "0.###")} × {N(r.ProcessShare, "0.###")} + {N(r.PeopleWeight, "0.###")} × {N(r.PeopleShare, "0.###")}) = {N(r.Harm, "0.#")}; " +
                $"procesaandeel = Σ kritikaliteit × factor (stilgelegd {N(r.StoppedFactor, "0.###")}, verstoord {N(r.DisruptedFactor, "0.###")}, alleen beperkt {N(r.DegradedFactor, "0.###")}) / {I(r.TotalCriticality)} (kritikaliteit van alle processen met een dienst); " +
                $"mensenaandeel = (minstens {I(r.Pupils)} leerlingen + {I(r.Staff)} medewerkers) / ({I(r.BoardPupils)} + {I(r.BoardStaff)}).",
            (DisruptionHarmFormula r, true) =>
                $"harm = 100 × ({N(r.ProcessWeight, "0.###")} × process share + {N(r.PeopleWeight, "0.###")} × people share) = 100 × ({N(r.ProcessWeight, "0.###")} × {N(r.ProcessShare, "0.###")} + {N(r.PeopleWeight, "0.###")} × {N(r.PeopleShare, "0.###")}) = {N(r.Harm, "0.#")}; " +
                $"process share = Σ criticality × factor (stopped {N(r.StoppedFactor, "0.###")}, disrupted {N(r.DisruptedFactor, "0.###")}, only degraded {N(r.DegradedFactor, "0.###")}) / {I(r.TotalCriticality)} (criticality of every process with a service); " +
                $"people share = (at least {I(r.Pupils)} pupils + {I(r.Staff)} staff) / ({I(r.BoardPupils)} + {I(r.BoardStaff)}).",
            (ExposureHarmFormula r, false) =>
                $"schade = 100 × Σ (niveau × minstens getroffen mensen) over de blootgestelde categorieën / dezelfde som over alle categorieën van het bestuur = 100 × {N(r.Exposed, "0")} / {N(r.Board, "0")} = {N(r.Harm, "0.#")}.",
            (ExposureHarmFormula r, true) =>
                $"harm = 100 × Σ (level × people affected at least) over the exposed categories / the same sum over all the board's categories = 100 × {N(r.Exposed, "0")} / {N(r.Board, "0")} = {N(r.Harm, "0.#")}.",
            (PriceHarmFormula r, false) =>
                $"schade = 100 × meerkosten / alle bekende jaarlijkse contractwaarden van het bestuur = 100 × {r.Extra.ToString("0.##", culture)} / {r.BoardCost.ToString("0.##", culture)} = {N(r.Harm, "0.#")}.",
            (PriceHarmFormula r, true) =>
                $"harm = 100 × extra cost / all known annual contract values of the board = 100 × {r.Extra.ToString("0.##", culture)} / {r.BoardCost.ToString("0.##", culture)} = {N(r.Harm, "0.#")}.",
            (PriceHarmUnknown r, false) =>
                (r.Services == 1 ? "schade onbekend: de jaarlijkse contractwaarde van de getroffen dienst is niet bekend."
                    : $"schade onbekend: van geen van de {I(r.Services)} getroffen diensten is de jaarlijkse contractwaarde bekend.")
                + " Vul die in bij de dienst; 0 zou een gok zijn.",
            (PriceHarmUnknown r, true) =>
                (r.Services == 1 ? "harm unknown: the annual contract value of the affected service is not known."
                    : $"harm unknown: none of the {I(r.Services)} affected services has a known annual contract value.")
                + " Enter it at the service; 0 would be a guess.",
            (SweepHarmFormula r, false) =>
                $"schade = 100 × ({N(r.ProcessWeight, "0.###")} × procesaandeel + {N(r.PeopleWeight, "0.###")} × mensenaandeel), per partij of land die wegvalt; zie docs/SCENARIOS.md.",
            (SweepHarmFormula r, true) =>
                $"harm = 100 × ({N(r.ProcessWeight, "0.###")} × process share + {N(r.PeopleWeight, "0.###")} × people share), per party or country falling away; see docs/SCENARIOS.md.",
            (SweepNotRun, false) => "Nog niet doorgerekend.",
            (SweepNotRun, true) => "Not computed yet.",
            _ => null,
        };
    }


    /// <summary>"leverancier Microsoft Ireland → moederbedrijf Microsoft Corporation".</summary>
    private static string ScenarioChain(IReadOnlyList<ChainStep> chain, bool english) =>
        string.Join(" → ", chain.Select(step => (step.Role, english) switch
        {
            (ChainRole.Vendor, false) => "leverancier",
            (ChainRole.OwnedBy, false) => "eigendom van",
            (ChainRole.UltimateParent, false) => "moederbedrijf",
            (ChainRole.SubProcessor, false) => "subverwerker",
            (ChainRole.Vendor, true) => "vendor",
            (ChainRole.OwnedBy, true) => "owned by",
            (ChainRole.UltimateParent, true) => "ultimate parent",
            _ => "sub-processor",
        } + " " + step.Company));
}
