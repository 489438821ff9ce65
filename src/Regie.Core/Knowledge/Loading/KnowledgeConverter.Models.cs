using System.Globalization;
using Regie.Core.Planning;
using Regie.Core.Procurement;
using Regie.Core.Scenarios;
using static Regie.Core.Knowledge.Loading.KnowledgeFiles;

namespace Regie.Core.Knowledge.Loading;

/// <summary>The model numbers a sector body may change: scenario harm, migration effort, the criteria tenders answer.</summary>
internal static partial class KnowledgeConverter
{
    internal static HarmWeights ConvertHarmWeights(ScenarioHarmFile file, List<DataIssue> issues)
    {
        const string f = ScenarioHarmFileName;
        CheckVersionAndSource(f, file.Version, file.Source, issues);
        var process = Number(f, "weights", "processes", file.Weights, 0, 1, issues);
        var people = Number(f, "weights", "people", file.Weights, 0, 1, issues);
        if (Math.Abs(process + people - 1) > 1e-9)
        {
            issues.Add(new(f, "weights", $"processes en people tellen op tot {Show(process + people)}, niet 1"));
        }

        var stopped = Number(f, "processFactors", "stopped", file.ProcessFactors, 0, 1, issues);
        var disrupted = Number(f, "processFactors", "disrupted", file.ProcessFactors, 0, 1, issues);
        var degraded = Number(f, "processFactors", "degraded", file.ProcessFactors, 0, 1, issues);
        if (!(stopped >= disrupted && disrupted >= degraded))
        {
            issues.Add(new(f, "processFactors", "stopped ≥ disrupted ≥ degraded: een stilgelegd proces weegt minstens zo zwaar als een verstoord"));
        }

        return new HarmWeights(file.Version ?? "", process, people, stopped, disrupted, degraded);
    }

    internal static EffortRules ConvertEffortRules(MigrationEffortFile file, List<DataIssue> issues)
    {
        const string f = MigrationEffortFileName;
        CheckVersionAndSource(f, file.Version, file.Source, issues);
        var baseDays = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (file.BaseDays is null || file.BaseDays.Count == 0)
        {
            issues.Add(new(f, "baseDays", "ontbreekt: een basis per categorie is nodig"));
        }

        foreach (var (category, text) in file.BaseDays ?? [])
        {
            baseDays[category] = Number(f, $"baseDays.{category}", text, 0, double.MaxValue, issues);
        }

        var low = Number(f, "range", "low", file.Range, 0, 1, issues);
        var high = Number(f, "range", "high", file.Range, 1, double.MaxValue, issues);
        var small = Whole(f, "sizes.smallUpTo", file.Sizes?.GetValueOrDefault("smallUpTo"), 1, issues);
        var medium = Whole(f, "sizes.mediumUpTo", file.Sizes?.GetValueOrDefault("mediumUpTo"), 1, issues);
        if (medium <= small)
        {
            issues.Add(new(f, "sizes.mediumUpTo", $"moet groter zijn dan smallUpTo ({small}), is {medium}"));
        }

        return new EffortRules(
            file.Version ?? "",
            baseDays,
            Number(f, "otherBaseDays", file.OtherBaseDays, 0, double.MaxValue, issues),
            Whole(f, "usersPerInstructionDay", file.UsersPerInstructionDay, 1, issues),
            Number(f, "maxInstructionDays", file.MaxInstructionDays, 0, double.MaxValue, issues),
            Number(f, "daysPerDependant", file.DaysPerDependant, 0, double.MaxValue, issues),
            Number(f, "daysPerIntegration", file.DaysPerIntegration, 0, double.MaxValue, issues),
            Number(f, "daysPerDataCategory", file.DaysPerDataCategory, 0, double.MaxValue, issues),
            Number(f, "noOpenExportFactor", file.NoOpenExportFactor, 1, double.MaxValue, issues),
            Number(f, "sharedStandardSaving", file.SharedStandardSaving, 0, 1, issues),
            Number(f, "noSharedStandardExtra", file.NoSharedStandardExtra, 0, double.MaxValue, issues),
            low, high, small, medium);
    }

    internal static TenderCriteria ConvertTenderCriteria(TenderCriteriaFile file, List<DataIssue> issues)
    {
        const string f = TenderCriteriaFileName;
        CheckVersionAndSource(f, file.Version, file.Source, issues);
        string Id(string key)
        {
            if (file.Criteria?.GetValueOrDefault(key) is { } id && !string.IsNullOrWhiteSpace(id))
            {
                return id.Trim();
            }

            issues.Add(new(f, $"criteria.{key}", "ontbreekt: noem het criterium uit models/sovereignty-model.yaml"));
            return "";
        }

        return new TenderCriteria(file.Version ?? "", Id("euJurisdiction"), Id("exitStrategy"), Id("dataPortability"), Id("openSource"), Id("openStandards"));
    }

    private static void CheckVersionAndSource(string file, string? version, string? source, List<DataIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            issues.Add(new(file, "version", "ontbreekt"));
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            issues.Add(new(file, "source", "ontbreekt: zeg waar de getallen vandaan komen"));
        }
    }

    private static double Number(string file, string section, string key, Dictionary<string, string>? values, double min, double max, List<DataIssue> issues) =>
        Number(file, $"{section}.{key}", values?.GetValueOrDefault(key), min, max, issues);

    private static double Number(string file, string field, string? text, double min, double max, List<DataIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(0d, file, field, "ontbreekt", issues);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(0d, file, field, $"'{text}' is geen getal (schrijf een punt als decimaalteken)", issues);
        }

        return value < min || value > max
            ? Fail(value, file, field, max == double.MaxValue ? $"moet minstens {Show(min)} zijn, is {Show(value)}" : $"moet tussen {Show(min)} en {Show(max)} liggen, is {Show(value)}", issues)
            : value;
    }

    private static int Whole(string file, string field, string? text, int min, List<DataIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(0, file, field, "ontbreekt", issues);
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(0, file, field, $"'{text}' is geen geheel getal", issues);
        }

        return value < min ? Fail(value, file, field, $"moet minstens {min} zijn, is {value}", issues) : value;
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
