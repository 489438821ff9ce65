using System.Globalization;
using System.Text;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Questionnaires;

namespace Regie.Core.Knowledge.Loading;

/// <summary>Where products.yaml or providers.yaml is not laid out as the writer expects, so it changed nothing.</summary>
public sealed record CatalogFileLayoutChanged(string File, string Place) : QuestionnaireReason;

/// <summary>
/// Writes vendors' answers into the catalog's files as text, line by line, so a curator's comments, order and layout stay as
/// they were and the change reads as a small diff: each answered fact is one line of products.yaml
/// (<c>    field: {value: …, source: …, checked: …, confidence: stated}</c>) that replaces the line of the unknown fact, and
/// a vendor's own data centre the catalog lacks is one provider appended to providers.yaml. Pure: text in, text out.
/// </summary>
public static class CatalogFactLines
{
    private const string ProductsFile = "catalog/products.yaml";
    private const string ProvidersFile = "catalog/providers.yaml";

    /// <summary>The new texts of products.yaml and providers.yaml, or why the files could not be changed (then neither is).</summary>
    public static (string Products, string Providers, IReadOnlyList<CatalogFileLayoutChanged> Problems) Apply(
        string products, string providers, IReadOnlyList<CatalogFactAnswer> answers)
    {
        var problems = new List<CatalogFileLayoutChanged>();
        var lines = Lines(products);
        foreach (var answer in answers)
        {
            var field = FactTopics.Name(answer.Question.Fact);
            var at = FactLineIndex(lines, answer.Question.ProductId, field);
            if (at is not { } index)
            {
                problems.Add(new(ProductsFile, $"product '{answer.Question.ProductId}', {field}"));
                continue;
            }

            var ending = lines[index].EndsWith('\r') ? "\r" : "";
            lines[index] = $"    {field}: {{value: {Quoted(answer.Value)}, source: {Quoted(answer.Source)}, checked: {Date(answer.AnsweredOn)}, confidence: stated}}{ending}";
        }

        var newProviders = new StringBuilder(providers);
        foreach (var provider in answers.Select(a => a.NewOwnProvider).OfType<HostingProvider>().DistinctBy(p => p.Id))
        {
            if (newProviders.Length > 0 && newProviders[^1] != '\n')
            {
                newProviders.Append('\n');
            }

            newProviders.Append(
                $"  - id: {provider.Id}\n    name: {Quoted(provider.Name)}\n" +
                $"    company: {{value: {Quoted(provider.Company.Value!)}, source: {Quoted(provider.Company.Source!)}, checked: {Date(provider.Company.Checked!.Value)}, confidence: stated}}\n" +
                "    kind: datacenter\n");
        }

        return problems.Count > 0 ? (products, providers, problems) : (string.Join('\n', lines), newProviders.ToString(), problems);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    /// <summary>The line of the product's fact, when that fact is still unknown; null when the product, the field or an unknown value is not where expected.</summary>
    private static int? FactLineIndex(List<string> lines, string productId, string field)
    {
        var start = lines.FindIndex(l => l.TrimEnd('\r').Trim() == $"- id: {productId}" && l.StartsWith("  - ", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        for (var i = start + 1; i < lines.Count && !lines[i].StartsWith("  - ", StringComparison.Ordinal) && !IsTopLevel(lines[i]); i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith($"    {field}: {{", StringComparison.Ordinal))
            {
                var rest = line[$"    {field}: {{".Length..].TrimStart();
                return rest.StartsWith("value: \"unknown\"", StringComparison.Ordinal) || rest.StartsWith("value: unknown,", StringComparison.Ordinal) ? i : null;
            }
        }

        return null;
    }

    private static bool IsTopLevel(string line) => line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#';

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar on one line: backslash and quote escaped, line breaks and other control characters as spaces.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
