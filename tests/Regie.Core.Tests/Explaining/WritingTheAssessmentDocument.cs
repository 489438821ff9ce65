using System.Text.Json;
using System.Text.Json.Serialization;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Explaining;

public sealed class WritingTheAssessmentDocument
{
    private static readonly Service Idp = Service("Idp", "us-idp", ["p1"]);
    private static readonly Service App = Service("App", "eu-app", ["p1"]);
    private static readonly BoardAssessment Assessed = BoardAssessor.Assess(Board([Idp, App], new Dependency(App.Id, DependencyKind.SignsInThrough, Idp.Id)), World);

    // The serializer settings of the CLI (kebab-case enums) and of the web API (PascalCase enums) differ; the document must not.
    private static readonly JsonSerializerOptions CliLike = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private static readonly JsonSerializerOptions ApiLike = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void CliAndApiSettingsWriteTheSameDocument()
    {
        var document = AssessmentDocument.From(Assessed, ReasonText.Dutch);

        Assert.Equal(JsonSerializer.Serialize(document, CliLike), JsonSerializer.Serialize(document, ApiLike));
    }

    [Fact]
    public void EveryReasonCarriesItsCodeArgumentsAndText()
    {
        var service = AssessmentDocument.From(Assessed, ReasonText.Dutch).Services.Single(s => s.Name == "App");

        var reasons = service.Policy.Reasons.Concat(service.Risk.Reasons).Concat(service.Urgency.Reasons)
            .Concat(service.Objectives.SelectMany(o => o.Criteria).Select(c => c.Reason))
            .Concat(service.Binding.Select(b => b.Reason)).Append(service.Urgency.Formula).ToList();
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Code) || string.IsNullOrWhiteSpace(r.Text)));
        Assert.Contains(service.Policy.Reasons, r => r.Code == "sealBelowMinimum" && Equals(r.Args["minSeal"], 2));
        Assert.Equal("urgencyFormula", service.Urgency.Formula.Code);
        Assert.Contains(",", service.Urgency.Formula.Text);
    }

    [Fact]
    public void AnEnglishDocumentExplainsInEnglish()
    {
        var service = AssessmentDocument.From(Assessed, ReasonText.English).Services.Single(s => s.Name == "App");

        Assert.Equal("en-GB", AssessmentDocument.From(Assessed, ReasonText.English).Language);
        Assert.Contains(service.Policy.Reasons, r => r.Text == "SEAL-1 is below the minimum requirement SEAL-2.");
        Assert.DoesNotContain(",", service.Risk.Formula.Text);
    }

    [Fact]
    public void AClientReadsTheDocumentBack()
    {
        var json = JsonSerializer.Serialize(AssessmentDocument.From(Assessed, ReasonText.Dutch), ApiLike);

        var read = JsonSerializer.Deserialize<AssessmentDocument>(json, ApiLike)!;

        Assert.Equal(Assessed.Services.Count, read.Services.Count);
        Assert.Equal(Assessed.ByUrgency()[0].Urgency.InQuadrant, read.Services[0].Urgency.Quadrant);
    }
}
