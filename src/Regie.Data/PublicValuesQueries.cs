using Microsoft.EntityFrameworkCore;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.PublicValues;
using Regie.Core.Scoring;

namespace Regie.Data;

/// <summary>A stored public-values assessment computed by the core: the row, its result and, apart, its sovereignty.</summary>
public sealed record StoredValueAssessment(ValueAssessmentEntity Entity, ValuesResult Result, SovereigntyBeside Sovereignty);

/// <summary>The board's public-values assessments read and computed for the command line and the report (docs/PUBLIC-VALUES.md).</summary>
public static class PublicValuesQueries
{
    public static async Task<IReadOnlyList<StoredValueAssessment>> LoadValueAssessmentsAsync(
        this RegieDbContext db, BoardLandscape landscape, RegieKnowledge knowledge, CancellationToken ct,
        BoardAssessment? assessment = null, GraphAnalysis? graph = null)
    {
        var entities = await db.ValueAssessments.AsNoTracking().Include(a => a.Answers).ToListAsync(ct);
        if (entities.Count == 0)
        {
            return [];
        }

        var weights = new PublicValueWeights((await db.ValueWeights.AsNoTracking().ToListAsync(ct))
            .ToDictionary(w => w.ValueId, w => w.Weight, StringComparer.OrdinalIgnoreCase));
        var model = knowledge.PublicValues;
        var result = new List<StoredValueAssessment>();
        foreach (var e in entities.OrderBy(e => e.SubjectName, StringComparer.CurrentCultureIgnoreCase))
        {
            SubjectFacts facts;
            if (e.SubjectKind == SubjectKind.Service && Guid.TryParse(e.SubjectKey, out var id) && landscape.Services.Any(s => s.Id.Value == id))
            {
                assessment ??= BoardAssessor.Assess(landscape, knowledge);
                graph ??= DependencyAnalysis.Analyse(landscape, knowledge);
                facts = SubjectFacts.ForService(landscape, assessment, graph, knowledge, new ServiceId(id));
            }
            else
            {
                facts = e.SubjectKind == SubjectKind.Alternative ? SubjectFacts.ForAlternative(landscape, knowledge, e.SubjectKey) : SubjectFacts.None;
            }

            var answers = e.Answers.Select(a => new GivenAnswer(a.QuestionId, a.Score, a.Evidence, a.Assessor, a.Date));
            result.Add(new(e, ValueAssessment.Compute(model, new(e.SubjectKind, e.SubjectKey, e.SubjectName), answers, ValuePrefill.For(model, facts), weights),
                SovereigntyBeside.Of(facts)));
        }

        return result;
    }
}
