using Regie.Core.Demo;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Questionnaires;

/// <summary>The demo board on the shipped catalog and model, with vendor answers laid over it.</summary>
internal static class QuestionnaireWorld
{
    public static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());
    public static readonly BoardLandscape Board = DemoBoard.Create(Shipped);
    public static readonly DateOnly Today = new(2026, 12, 6);

    public static BoardAssessment Assess(params VendorStatement[] statements) =>
        BoardAssessor.Assess(Board with { VendorStatements = statements }, Shipped);

    public static VendorStatement Said(string question, string answer, DateOnly? on = null, string vendor = "zermelo", string name = "Zermelo Software B.V.")
    {
        Assert.True(QuestionId.TryParse(question, out var id));
        return new VendorStatement(id, vendor, name, answer, null, on ?? Today.AddDays(-5));
    }

    public static ServiceAssessment Service(BoardAssessment assessment, string name) => assessment.Services.Single(s => s.Service.Name == name);

    public static CriterionResult Criterion(ServiceAssessment service, string id) =>
        service.Sovereignty.Objectives.SelectMany(o => o.Criteria).Single(c => c.Criterion.Id == id);

    public static VendorQuestions Vendor(IEnumerable<VendorQuestions> all, string id) => all.Single(v => v.VendorId == id);
}
