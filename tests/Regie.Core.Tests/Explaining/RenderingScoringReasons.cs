using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Regie.Core.Common;
using Regie.Core.Exit;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Explaining;

public sealed class RenderingScoringReasons
{
    private static readonly CultureInfo Nl = ReasonText.Dutch;
    private static readonly CultureInfo En = ReasonText.English;

    /// <summary>Every concrete scoring reason, once per value of each of its enum and bool arguments, so every branch of the renderer is met.</summary>
    public static TheoryData<string> AllSamples()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Samples())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void EveryReasonRendersInDutchAndInEnglish(string sample)
    {
        var reason = Samples().Single(s => s.Name == sample).Reason;

        var dutch = ReasonText.Render(reason, Nl);
        var english = ReasonText.Render(reason, En);

        Assert.False(string.IsNullOrWhiteSpace(dutch));
        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.DoesNotContain(DutchWords, w => $" {english} ".Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryConcreteScoringReasonHasASample() =>
        Assert.Equal(ScoringReasonTypes.Select(t => t.Name).Order(), Samples().Select(s => s.Reason.GetType().Name).Distinct().Order());

    [Fact]
    public void TheCodeIsTheTypeNameInCamelCase() =>
        Assert.Equal("partyUnderForeignLaw", new PartyUnderForeignLaw(ControllingRole.VendorParent, "US Corp Inc.", "US", Us, null).Code);

    [Fact]
    public void DutchTextsKeepTheirWording()
    {
        Assert.Equal("Moederbedrijf van de leverancier US Corp Inc. valt onder het recht van Verenigde Staten (wet die toegang tot gegevens kan afdwingen).",
            ReasonText.Render(new PartyUnderForeignLaw(ControllingRole.VendorParent, "US Corp Inc.", "US", Us, null), Nl));
        Assert.Equal("Leerling Online B.V. → Noorderlicht Holding B.V.: gevestigd in Nederland (EU/EER).",
            ReasonText.Render(new ParentInEu(LocalizedText.Same("Leerling Online B.V. → Noorderlicht Holding B.V."), "NL", Netherlands), Nl));
        Assert.Equal("Aangepast door het bestuur: contract bekeken (onbekend telt als het slechtste antwoord)",
            ReasonText.Render(new CriterionExplained(new BoardNote("contract bekeken"), AnswerOrigin.Board, true), Nl));
        Assert.Equal("Nog niet beantwoord: vraag het de leverancier. Onbekend telt als het slechtste antwoord.",
            ReasonText.Render(new CriterionExplained(new NotYetAnswered(), AnswerOrigin.Unknown, true), Nl));
        Assert.Equal("Niet te bepalen: moederbedrijf van de leverancier onbekend en hostingpartij onbekend.",
            ReasonText.Render(new ChainIncomplete(false, false), Nl));
        Assert.Equal("SEAL-1 is lager dan de minimumeis SEAL-2.", ReasonText.Render(new SealBelowMinimum(1, 2), Nl));
        Assert.Equal("Geërfd van Entra ID via logt in via: niet hoger dan 40 en SEAL-1.",
            ReasonText.Render(new CapInherited("Entra ID", DependencyKind.SignsInThrough, 40, 1), Nl));
        Assert.Equal("K = afronding van (3·5 + 3·4 + 2·1) / 8 = 4", ReasonText.Render(new CriticalityFormula(3, 5, 3, 4, 2, 1, 4), Nl));
    }

    [Fact]
    public void DutchNumbersHaveADecimalCommaAndEnglishOnesADecimalPoint()
    {
        var urgency = new UrgencyFormula(4, 3.4, 13.6);
        var risk = new RiskFormula(0.6, 0.5, 0.25, 3.4);

        Assert.Equal("U = K × R = 4 × 3,40 = 13,6", ReasonText.Render(urgency, Nl));
        Assert.Equal("U = K × R = 4 × 3.40 = 13.6", ReasonText.Render(urgency, En));
        Assert.Equal("R = 1 + 4 · 0,60 · (1 − 0,5 · 0,25) = 3,40", ReasonText.Render(risk, Nl));
        Assert.Equal("Kritikaliteit 4 × risico 3,40 = 13,6 (hoog).", ReasonText.Render(new UrgencyComputed(4, 3.4, 13.6, "hoog"), Nl));
        Assert.Equal("Criticality 4 × risk 3.40 = 13.6 (high).", ReasonText.Render(new UrgencyComputed(4, 3.4, 13.6, "hoog"), En));
    }

    [Fact]
    public void EdgesAndBandsAreNamedInTheReadersLanguage()
    {
        Assert.Equal("logt in via", ReasonText.Edge(DependencyKind.SignsInThrough, Nl));
        Assert.Equal("signs in through", ReasonText.Edge(DependencyKind.SignsInThrough, En));
        Assert.Equal("hoog", ReasonText.Band("hoog", Nl));
        Assert.Equal("high", ReasonText.Band("hoog", En));
        Assert.Equal("eigen-band", ReasonText.Band("eigen-band", En));
    }

    [Fact]
    public void LocalizedArgumentsFollowTheReader()
    {
        var reason = new ParentInEu(LocalizedText.Same("A → B"), "NL", Netherlands);

        Assert.Contains("the Netherlands", ReasonText.Render(reason, En));
        var document = ReasonDocument.From(reason, En);
        Assert.Equal("parentInEu", document.Code);
        Assert.Equal("the Netherlands", document.Args["country"]);
        Assert.Equal("NL", document.Args["countryCode"]);
        Assert.Equal("A → B", document.Args["chain"]);
    }

    [Fact]
    public void ArgumentsAreSimpleJsonValues()
    {
        var document = ReasonDocument.From(new CriterionExplained(new DpiaRecorded(AssessmentStatus.InProgress), AnswerOrigin.Prefilled, false), Nl);

        var json = JsonSerializer.Serialize(document);

        Assert.Contains("\"origin\":\"prefilled\"", json);
        Assert.Contains("dpiaRecorded", json);
        Assert.Contains("inProgress", json);
    }

    private static readonly LocalizedText Us = new("Verenigde Staten", "the United States");
    private static readonly LocalizedText Netherlands = new("Nederland", "the Netherlands");

    // Words that give away Dutch in an English sentence (arguments in the samples are English or neutral).
    private static readonly string[] DutchWords =
    [
        " de ", " het ", " een ", " van ", " niet ", " en ", " is niet", " bestuur", "gegevens", "onbekend", "leverancier", "hostingpartij",
        "afronding", "kritikaliteit", "risico ", "blootstelling", "verhoogd", "beheersmaatregel", "gevestigd", "moederbedrijf", "geërfd", "logt in",
        "gehost", "minimumeis", "voldoet", "toekomst", "catalogus", "opzegtermijn", "eigenaar", "exitregeling", "aandeel",
    ];

    private static IEnumerable<Type> ScoringReasonTypes =>
        typeof(ScoringReason).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ScoringReason)) && !t.IsAbstract);

    private static IEnumerable<(string Name, ScoringReason Reason)> Samples()
    {
        foreach (var type in ScoringReasonTypes)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            var values = parameters.Select(p => Sample(p.ParameterType)).ToArray();
            yield return ($"{type.Name}", (ScoringReason)constructor.Invoke(values));
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var variant in Variants(parameters[i].ParameterType))
                {
                    var varied = (object?[])values.Clone();
                    varied[i] = variant;
                    yield return ($"{type.Name}({parameters[i].Name}={variant})", (ScoringReason)constructor.Invoke(varied));
                }
            }
        }
    }

    private static IEnumerable<object?> Variants(Type type) =>
        type == typeof(bool) ? [true, false]
        : type.IsEnum ? Enum.GetValues(type).Cast<object?>()
        : [];

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "Acme Ltd",
        _ when type == typeof(int) => 3,
        _ when type == typeof(double) => 0.5,
        _ when type == typeof(bool) => true,
        _ when type == typeof(LocalizedText) => Us,
        _ when type == typeof(DateOnly) => new DateOnly(2031, 1, 31),
        _ when type == typeof(IReadOnlyList<string>) => new[] { "csv", "json" },
        _ when type == typeof(IReadOnlyList<LocalizedText>) => new[] { Us, Netherlands },
        _ when type == typeof(ScoringReason) => new NotYetAnswered(),
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ => throw new InvalidOperationException($"No sample for {type}: add one here."),
    };
}
