using System.Globalization;
using Regie.Core.Common;
using Regie.Core.PublicValues;

namespace Regie.Core.Knowledge.Loading;

/// <summary>The public-values model (docs/PUBLIC-VALUES.md): read, converted and checked, every problem named by file and field.</summary>
internal static partial class KnowledgeConverter
{
    internal const string PublicValuesFileName = "models/public-values.yaml";

    /// <summary>The weights a board may give: 0 (leave the value out) up to 10.</summary>
    internal const double MaxWeight = PublicValues.PublicValueWeights.MaxWeight;

    internal static PublicValuesModel ReadPublicValues(string dataFolder, List<DataIssue> issues)
    {
        var file = KnowledgeFiles.Read<PublicValuesFile>(Path.Combine(dataFolder, PublicValuesFileName), PublicValuesFileName, issues);
        return file is null ? PublicValuesModel.Empty : ConvertPublicValues(file, issues);
    }

    internal static PublicValuesModel ConvertPublicValues(PublicValuesFile file, List<DataIssue> issues)
    {
        const string f = PublicValuesFileName;
        CheckVersionAndSource(f, file.Version, file.Source, issues);
        DateOnly? read = null;
        if (string.IsNullOrWhiteSpace(file.Read) || !DateOnly.TryParseExact(file.Read, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            issues.Add(new(f, "read", $"moet de datum zijn waarop de bron gelezen is (jjjj-mm-dd), is '{file.Read}'"));
        }
        else
        {
            read = day;
        }

        var scales = new Dictionary<string, AnswerScale>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, steps) in file.Scales ?? [])
        {
            var converted = new List<ScaleStep>();
            for (var i = 0; i < (steps ?? []).Count; i++)
            {
                var step = steps![i];
                var place = $"scales.{id}[{i}]";
                if (!int.TryParse(step.Score, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) || score != i)
                {
                    issues.Add(new(f, place + ".score", $"moet {i} zijn (de stappen lopen op vanaf 0), is '{step.Score}'"));
                }

                if (string.IsNullOrWhiteSpace(step.Nl) || string.IsNullOrWhiteSpace(step.En))
                {
                    issues.Add(new(f, place, "nl en en zijn allebei nodig"));
                }

                converted.Add(new(i, new LocalizedText(step.Nl ?? "", step.En ?? "")));
            }

            if (converted.Count < 2)
            {
                issues.Add(new(f, $"scales.{id}", "een schaal heeft minstens twee stappen"));
            }

            scales[id] = new AnswerScale(id, converted);
        }

        if (scales.Values.Select(s => s.Max).Distinct().Count() > 1)
        {
            issues.Add(new(f, "scales", "alle schalen moeten even lang zijn, zodat de gemiddelden per waarde vergelijkbaar zijn"));
        }

        AnswerScale? Scale(string place, string? id)
        {
            if (id is not null && scales.TryGetValue(id, out var scale))
            {
                return scale;
            }

            issues.Add(new(f, place, $"schaal '{id}' bestaat niet (kies uit: {string.Join(", ", scales.Keys)})"));
            return null;
        }

        var values = new List<PublicValue>();
        var seenValues = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenQuestions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, index) in (file.Values ?? []).Select((v, i) => (v, i)))
        {
            var place = $"values[{index}] '{value.Id}'";
            if (string.IsNullOrWhiteSpace(value.Id))
            {
                issues.Add(new(f, $"values[{index}], id", "ontbreekt"));
                continue;
            }

            if (!seenValues.Add(value.Id))
            {
                issues.Add(new(f, place + ", id", "komt twee keer voor"));
            }

            var group = value.Group?.Trim().ToLowerInvariant() switch
            {
                "essential" => ValueGroup.Essential,
                "market" => ValueGroup.Market,
                "strategic" => ValueGroup.Strategic,
                "economic" => ValueGroup.Economic,
                _ => Fail(ValueGroup.Essential, f, place + ", group", $"'{value.Group}' is geen groep (essential, market, strategic, economic)", issues),
            };
            var weight = Number(f, place + ", weight", value.Weight, 0, MaxWeight, issues);
            if (value.Name is null || string.IsNullOrWhiteSpace(value.Name.GetValueOrDefault("nl")) || string.IsNullOrWhiteSpace(value.Name.GetValueOrDefault("en")))
            {
                issues.Add(new(f, place + ", name", "nl en en zijn allebei nodig"));
            }

            if (string.IsNullOrWhiteSpace(value.Framework))
            {
                issues.Add(new(f, place + ", framework", "ontbreekt: de vraag van het afwegingskader zelf"));
            }

            var valueScale = Scale(place + ", scale", value.Scale);
            var questions = new List<ValueQuestion>();
            foreach (var (question, q) in (value.Questions ?? []).Select((x, i) => (x, i)))
            {
                var qPlace = $"{place}, questions[{q}]";
                if (string.IsNullOrWhiteSpace(question.Id) || !question.Id.StartsWith(value.Id + ".", StringComparison.Ordinal))
                {
                    issues.Add(new(f, qPlace + ", id", $"moet beginnen met '{value.Id}.', is '{question.Id}'"));
                    continue;
                }

                if (!seenQuestions.Add(question.Id))
                {
                    issues.Add(new(f, qPlace + ", id", $"'{question.Id}' komt twee keer voor"));
                }

                if (string.IsNullOrWhiteSpace(question.Nl) || string.IsNullOrWhiteSpace(question.En))
                {
                    issues.Add(new(f, qPlace, "nl en en zijn allebei nodig"));
                }

                if (question.Prefill is { } rule && !PublicValuesModel.PrefillRules.Contains(rule))
                {
                    issues.Add(new(f, qPlace + ", prefill", $"onbekende regel '{rule}' (kies uit: {string.Join(", ", PublicValuesModel.PrefillRules)})"));
                }

                var scale = question.Scale is null ? valueScale : Scale(qPlace + ", scale", question.Scale);
                if (scale is not null)
                {
                    questions.Add(new(question.Id, value.Id, new LocalizedText(question.Nl ?? "", question.En ?? ""), scale, question.Prefill));
                }
            }

            if (questions.Count == 0)
            {
                issues.Add(new(f, place + ", questions", "een waarde heeft minstens één vraag"));
            }

            values.Add(new(value.Id, group, Text(value.Name), value.Framework ?? "", weight, questions));
        }

        if (values.Count == 0)
        {
            issues.Add(new(f, "values", "ontbreekt"));
        }

        return new PublicValuesModel(file.Version ?? "", file.Source ?? "", read, values);
    }
}

#pragma warning disable CA1812 // the YAML deserialiser creates these
internal sealed class PublicValuesFile
{
    public string? Version { get; set; }
    public string? Source { get; set; }
    public string? Read { get; set; }
    public Dictionary<string, List<ScaleStepDto>?>? Scales { get; set; }
    public List<PublicValueDto>? Values { get; set; }
}

internal sealed class ScaleStepDto
{
    public string? Score { get; set; }
    public string? Nl { get; set; }
    public string? En { get; set; }
}

internal sealed class PublicValueDto
{
    public string? Id { get; set; }
    public string? Group { get; set; }
    public string? Weight { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public string? Framework { get; set; }
    public string? Scale { get; set; }
    public List<ValueQuestionDto>? Questions { get; set; }
}

internal sealed class ValueQuestionDto
{
    public string? Id { get; set; }
    public string? Prefill { get; set; }
    public string? Scale { get; set; }
    public string? Nl { get; set; }
    public string? En { get; set; }
}
#pragma warning restore CA1812
