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
/// (<c>    field: {value: …, source: …, checked: …, confidence: stated}</c>) that replaces the line of the unknown fact, or of
/// the vendor's earlier answer it renews; a vendor's own data centre the catalog lacks is one provider appended to
/// providers.yaml (one it stated earlier gets its company line renewed). Pure: text in, text out.
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

        var providerLines = Lines(providers);
        var appended = new StringBuilder();
        // Several answers may name the same own data centre: its company line carries the newest of them.
        foreach (var provider in answers.Select(a => a.NewOwnProvider).OfType<HostingProvider>().GroupBy(p => p.Id).Select(g => g.MaxBy(p => p.Company.Checked)!))
        {
            var company = $"    company: {{value: {Quoted(provider.Company.Value!)}, source: {Quoted(provider.Company.Source!)}, " +
                $"checked: {Date(provider.Company.Checked!.Value)}, confidence: stated}}";
            if (EntryStart(providerLines, provider.Id) < 0)
            {
                var variant = provider.Variant is { } v ? $"    variant: {{nl: {Quoted(v.Nl)}, en: {Quoted(v.En)}}}\n" : "";
                appended.Append($"  - id: {provider.Id}\n    name: {Quoted(provider.Name.Nl)}\n{variant}{company}\n    kind: datacenter\n");
            }
            else if (StatedLineIndex(providerLines, provider.Id, "company") is { } index)
            {
                providerLines[index] = company + (providerLines[index].EndsWith('\r') ? "\r" : "");
            }
            else
            {
                problems.Add(new(ProvidersFile, $"provider '{provider.Id}', company"));
            }
        }

        var newProviders = string.Join('\n', providerLines);
        if (appended.Length > 0 && newProviders.Length > 0 && newProviders[^1] != '\n')
        {
            newProviders += "\n";
        }

        return problems.Count > 0 ? (products, providers, problems) : (string.Join('\n', lines), newProviders + appended, problems);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    /// <summary>
    /// The line of the product's fact, when that fact is still unknown or a vendor's earlier answer (which a newer one renews); null
    /// when the product, the field or such a value is not where expected.
    /// </summary>
    private static int? FactLineIndex(List<string> lines, string productId, string field) =>
        FieldLineIndex(lines, productId, field) is { } i && lines[i].TrimEnd('\r')[$"    {field}: {{".Length..].TrimStart() is var rest
        && (rest.StartsWith("value: \"unknown\"", StringComparison.Ordinal) || rest.StartsWith("value: unknown,", StringComparison.Ordinal) || IsStated(lines[i]))
            ? i : null;

    /// <summary>The line of an entry's field when it holds a vendor's earlier answer; null otherwise.</summary>
    private static int? StatedLineIndex(List<string> lines, string id, string field) =>
        FieldLineIndex(lines, id, field) is { } i && IsStated(lines[i]) ? i : null;

    private static bool IsStated(string line) => line.TrimEnd('\r').EndsWith("confidence: stated}", StringComparison.Ordinal);

    /// <summary>The line of the entry's field written inline (<c>    field: {…}</c>), within the entry's own lines.</summary>
    private static int? FieldLineIndex(List<string> lines, string id, string field)
    {
        var start = EntryStart(lines, id);
        if (start < 0)
        {
            return null;
        }

        for (var i = start + 1; i < lines.Count && !lines[i].StartsWith("  - ", StringComparison.Ordinal) && !IsTopLevel(lines[i]); i++)
        {
            if (lines[i].StartsWith($"    {field}: {{", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static int EntryStart(List<string> lines, string id) =>
        lines.FindIndex(l => l.TrimEnd('\r').Trim() == $"- id: {id}" && l.StartsWith("  - ", StringComparison.Ordinal));

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
