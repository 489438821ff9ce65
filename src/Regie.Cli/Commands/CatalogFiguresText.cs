using System.Globalization;
using Regie.Core.Knowledge;

namespace Regie.Cli.Commands;

/// <summary>The figures block of `regie catalog lint` (issue 17 point 6), in Dutch or, with --language en, English.</summary>
internal static class CatalogFiguresText
{
    public static IEnumerable<string> Lines(CatalogFigures figures, CultureInfo culture)
    {
        var en = culture.TwoLetterISOLanguageName == "en";
        string F(FormattableString text) => text.ToString(culture);
        string AllThreeKnown(IReadOnlyList<UnknownShare> shares)
        {
            var any = shares.Single(s => s.Field == CatalogField.AnyHostingField);
            var (known, _) = CatalogFigures.AllThreeKnown(shares);
            var selfHosted = shares.Single(s => s.Field == CatalogField.SelfHostedPlaceOpen).Unknown;
            return (en ? F($"  all three known: {known:N0} of {any.Total:N0}") : F($"  alle drie bekend: {known:N0} van {any.Total:N0}"))
                + (selfHosted == 0 ? "" : en
                    ? F($"; of the other {any.Unknown:N0}, {selfHosted:N0} self-hosted (where is up to whoever runs it)")
                    : F($"; van de andere {any.Unknown:N0} {(selfHosted == 1 ? "wordt er 1" : $"worden er {selfHosted:N0}")} zelf gehost (waar, bepaalt wie het draait)"));
        }

        string Share(UnknownShare s, string of = "") => en ? F($"{s.Unknown:N0} of {s.Total:N0}{of} ({s.Share:P1})") : F($"{s.Unknown:N0} van {s.Total:N0}{of} ({s.Share:P1})");
        string Field(CatalogField f) => (f, en) switch
        {
            (CatalogField.HostingProvider, false) => "hostingpartij",
            (CatalogField.HostingProvider, true) => "hosting provider",
            (CatalogField.HostingRegion, false) => "hostingregio",
            (CatalogField.HostingRegion, true) => "hosting region",
            (CatalogField.DataLocation, false) => "locatie van gegevens",
            (CatalogField.DataLocation, true) => "data location",
            (CatalogField.AnyHostingField, false) => "één of meer van de drie",
            (CatalogField.AnyHostingField, true) => "one or more of the three",
            _ => f.ToString(),
        };

        var products = figures.Products[0].Total;
        yield return en ? F($"Unknown over all {products:N0} products:") : F($"Onbekend over alle {products:N0} producten:");
        foreach (var share in figures.Products.Where(s => s.Field != CatalogField.SelfHostedPlaceOpen))
        {
            yield return $"  {Field(share.Field),-24}{Share(share)}";
        }

        yield return AllThreeKnown(figures.Products);

        if (figures.MostUsedProducts is { } mostUsed)
        {
            var count = mostUsed[0].Total;
            yield return en
                ? F($"Unknown over the {count:N0} most-used products (catalog/most-used.yaml):")
                : F($"Onbekend over de {count:N0} meest gebruikte producten (catalog/most-used.yaml):");
            foreach (var share in mostUsed.Where(s => s.Field != CatalogField.SelfHostedPlaceOpen))
            {
                yield return $"  {Field(share.Field),-24}{Share(share)}";
            }

            yield return AllThreeKnown(mostUsed);
        }
        else
        {
            yield return en ? "No catalog/most-used.yaml: no figures over the most-used products." : "Geen catalog/most-used.yaml: geen cijfers over de meest gebruikte producten.";
        }

        var parents = figures.UltimateParents;
        yield return en
            ? $"Ultimate parent unknown: {Share(parents, " companies")}."
            : $"Uiteindelijk moederbedrijf onbekend: {Share(parents, " bedrijven")}.";
        yield return en
            ? $"Model criteria unknown over the demo board's {figures.DemoBoardServices} services: {Share(figures.DemoBoardCriteria, " answers")}."
            : $"Criteria van het model onbekend over de {figures.DemoBoardServices} diensten van het demobestuur: {Share(figures.DemoBoardCriteria, " antwoorden")}.";
        yield return en ? "Facts by the date they were read:" : "Feiten per datum waarop ze zijn gelezen:";
        foreach (var day in figures.FactsByDateRead)
        {
            var date = day.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? (en ? "no date" : "geen datum");
            yield return en ? F($"  read on {date}: {day.Facts:N0}") : F($"  gelezen op {date}: {day.Facts:N0}");
        }
    }
}
