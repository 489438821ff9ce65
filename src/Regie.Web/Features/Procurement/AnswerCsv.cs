using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Regie.Core.Procurement;

namespace Regie.Web.Features.Procurement;

/// <summary>A vendor's answers as CSV: columns requirement id, answer, explanation (Dutch or English headers; ';' or ',').</summary>
public static class AnswerCsv
{
    public static (IReadOnlyList<AnswerRow> Rows, IReadOnlyList<AnswerError> Errors) Read(string text)
    {
        var errors = new List<AnswerError>();
        var rows = new List<AnswerRow>();
        var firstLine = text.Split('\n', 2)[0];
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",",
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        int? id = null, answer = null, explanation = null;
        var header = true;
        using var parser = new CsvParser(new StringReader(text.TrimStart('\uFEFF')), config);
        while (parser.Read())
        {
            var cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header)
            {
                header = false;
                var names = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
                id = Index(names, "eis", "id", "requirement", "requirement id", "requirementid", "nummer");
                answer = Index(names, "antwoord", "answer");
                explanation = Index(names, "toelichting", "explanation", "uitleg");
                if (id is null)
                {
                    errors.Add(new(parser.Row, "kopregel", new AnswerColumnMissing("eis")));
                }

                if (answer is null)
                {
                    errors.Add(new(parser.Row, "kopregel", new AnswerColumnMissing("antwoord")));
                }

                if (errors.Count > 0)
                {
                    return ([], errors);
                }

                continue;
            }

            rows.Add(new(parser.Row, Cell(cells, id), Cell(cells, answer), Cell(cells, explanation)));
        }

        if (header)
        {
            errors.Add(new(null, "bestand", new AnswerFileEmpty()));
        }

        return (rows, errors);
    }

    private static int? Index(List<string> names, params string[] candidates)
    {
        var i = names.FindIndex(candidates.Contains);
        return i < 0 ? null : i;
    }

    private static string? Cell(string[] cells, int? column) => column is { } i && i < cells.Length ? cells[i].Trim() : null;
}
