using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Regie.Core.Common;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Procurement;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Tests.Explaining;

public partial class PlanningScenarioProcurementAndDiscoveryReasonsRender
{
    private static readonly Type[] Areas = [typeof(PlanningReason), typeof(ScenarioReason), typeof(ProcurementReason), typeof(DiscoveryReason), typeof(ExitReason), typeof(ImportReason), typeof(VerdictReason), typeof(QuestionnaireReason), typeof(HistoryReason), typeof(Regie.Core.Observatory.ObservatoryReason), typeof(Regie.Core.Privacy.ProcessingRegisterReason)];

    public static TheoryData<string> ReasonTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(Reason).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && Areas.Any(a => a.IsAssignableFrom(t))).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReasonTypes))]
    public void EveryReasonHasADutchAndAnEnglishText(string typeName)
    {
        var reason = (Reason)Sample(typeof(Reason).Assembly.GetType(typeName)!)!;

        var dutch = ReasonText.Render(reason, ReasonText.Dutch);
        var english = ReasonText.Render(reason, ReasonText.English);

        Assert.False(string.IsNullOrWhiteSpace(dutch), reason.Code);
        Assert.False(string.IsNullOrWhiteSpace(english), reason.Code);
    }

    [Theory]
    [MemberData(nameof(ReasonTypes))]
    public void TheEnglishTextHasNoDutchWords(string typeName)
    {
        var reason = (Reason)Sample(typeof(Reason).Assembly.GetType(typeName)!)!;

        var english = ReasonText.Render(reason, ReasonText.English);

        Assert.DoesNotContain(Words().Matches(english).Select(m => m.Value.ToLowerInvariant()), DutchWords.Contains);
    }

    [Fact]
    public void TheDutchTextsKeepTodaysWording()
    {
        Assert.Equal("Vastgezet door het bestuur op 2027-Q3.", ReasonText.Render(new PinnedByBoard(new Quarter(2027, 3))));
        Assert.Equal("Op het natuurlijke moment: het contract loopt af op 31 mei 2027.", ReasonText.Render(new AtContractEnd(new DateOnly(2027, 5, 31))));
        Assert.Equal("Het contract liep al af op 31 jul 2026, vóór de start van de routekaart: zo vroeg mogelijk, na Idp.",
            ReasonText.Render(new ContractEndedBeforeStart(new DateOnly(2026, 7, 31), ["Idp"], null)));
        Assert.Equal("Magister → logt in via Entra ID → leverancier Microsoft Ireland → moederbedrijf Microsoft Corporation (US)",
            ReasonText.Render(new ServicePath("Magister", [new(DependencyKind.SignsInThrough, "Entra ID")],
                new ChainHit([new(ChainRole.Vendor, "Microsoft Ireland"), new(ChainRole.UltimateParent, "Microsoft Corporation")], "US"))));
        Assert.Equal("Niet beantwoord: telt als niet voldaan.", ReasonText.Render(new NotAnswered()));
        Assert.Equal("Geen MX-records: het domein ontvangt geen mail; SPF/DKIM tonen alleen wie namens het domein verstuurt.", ReasonText.Render(new NoMailExchangers()));
    }

    [Fact]
    public void DutchNumbersHaveADecimalCommaAndEnglishOnesAPoint()
    {
        var urgency = new NoContractEnd("hoog", 12.5);
        var wishes = new WishPointsEarned(1.5, 4);

        Assert.Contains("U = 12,5", ReasonText.Render(urgency, ReasonText.Dutch));
        Assert.Contains("U = 12.5", ReasonText.Render(urgency, ReasonText.English));
        Assert.Equal("Wensen: 1,5 van 4 punten.", ReasonText.Render(wishes, ReasonText.Dutch));
        Assert.Contains("0,7 × procesaandeel", ReasonText.Render(new SweepHarmFormula(0.7, 0.3), ReasonText.Dutch));
    }

    [Fact]
    public void ACatalogNameRendersInTheReadersLanguage()
    {
        var part = new SetUpAndMove(new LocalizedText("identiteit", "identity"));

        Assert.Equal("Inrichten en overzetten (identiteit).", ReasonText.Render(part, ReasonText.Dutch));
        Assert.Equal("Setting up and moving over (identity).", ReasonText.Render(part, CultureInfo.GetCultureInfo("en-US")));
    }

    // Words that only Dutch uses; words both languages share (in, is, of, via, over, met) are left out.
    private static readonly HashSet<string> DutchWords =
    [
        "de", "het", "een", "van", "niet", "en", "dienst", "diensten", "wordt", "zijn", "voor", "vóór", "gegevens", "bestuur", "kwartaal",
        "geen", "onbekend", "leverancier", "moederbedrijf", "gehost", "logt", "op", "bij", "dat", "die", "naar", "tot", "ook",
        "nog", "eis", "eisen", "antwoord", "toelichting", "regel", "schade", "kosten", "leerlingen", "medewerkers", "stopt", "valt",
        "overheid", "gevestigd", "eigendom", "subverwerker", "catalogus", "verhuist", "verhuizing", "wacht", "voldoet", "beantwoord",
        "koppelt", "koppelingen", "contracteinde", "capaciteit", "procesaandeel", "mensenaandeel", "minstens", "hoogstens",
    ];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    /// <summary>A value of every argument type a reason of these areas takes, in words that are neither Dutch nor English.</summary>
    private static object? Sample(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Sample(inner);
        }

        if (type == typeof(string))
        {
            return "Alpha";
        }

        if (type == typeof(int))
        {
            return 3;
        }

        if (type == typeof(double))
        {
            return 2.5;
        }

        if (type == typeof(decimal))
        {
            return 2.5m;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2027, 5, 31);
        }

        if (type == typeof(Quarter))
        {
            return new Quarter(2027, 2);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(LocalizedText))
        {
            return new LocalizedText("Nederland", "Netherlands");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(element, element == typeof(BindingReason) ? 0 : 2);
            for (var i = 0; i < items.Length; i++)
            {
                items.SetValue(Sample(element), i);
            }

            return items;
        }

        if (type == typeof(PlanningReason))
        {
            return new ServiceGone();
        }

        if (type == typeof(RootCause))
        {
            return new VendorParty("alpha", "Alpha Inc.", "US");
        }

        if (type == typeof(ServiceId))
        {
            return new ServiceId(new Guid("00000000-0000-0000-0000-000000000001"));
        }

        if (type == typeof(ScenarioReason))
        {
            return new ProductEndsHit("Alpha");
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType))]);
    }
}
