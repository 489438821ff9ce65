using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Regie.Core.Common;
using Regie.Core.Knowledge;

namespace Regie.Discovery.Inventory;

/// <summary>The empty inventory a school IT coordinator fills in: the header row and two example rows.</summary>
public static class InventoryTemplate
{
    /// <summary>Two rows that import cleanly against the catalog: one by catalog id, one found by its name and signing in through the first.</summary>
    public static readonly IReadOnlyList<IReadOnlyDictionary<InventoryColumn, string>> Examples =
    [
        new Dictionary<InventoryColumn, string>
        {
            [InventoryColumn.Name] = "Microsoft Entra ID", [InventoryColumn.CatalogId] = "microsoft-entra-id",
            [InventoryColumn.Processes] = "identiteit-en-toegang", [InventoryColumn.Pupils] = "1200", [InventoryColumn.Staff] = "150",
            [InventoryColumn.DataCategories] = "accountgegevens", [InventoryColumn.ContractEnd] = "2027-07-31",
            [InventoryColumn.ExitClause] = "onbekend", [InventoryColumn.Dpia] = "klaar", [InventoryColumn.Kia] = "niet-gestart",
            [InventoryColumn.Notes] = "Voorbeeld: vervang door uw eigen diensten. Leverancier, hosting en datalocatie leeg: Regie neemt ze over uit de catalogus.",
        },
        new Dictionary<InventoryColumn, string>
        {
            [InventoryColumn.Name] = "Magister", [InventoryColumn.Processes] = "Leerlingadministratie, toetsing",
            [InventoryColumn.Pupils] = "1200", [InventoryColumn.Staff] = "150", [InventoryColumn.DataCategories] = "leerlinggegevens, resultaten, zorggegevens",
            [InventoryColumn.SignsInThrough] = "Microsoft Entra ID", [InventoryColumn.ContractEnd] = "31-07-2027", [InventoryColumn.ExitClause] = "ja",
            [InventoryColumn.ExportFormats] = "CSV, XLSX", [InventoryColumn.Dpia] = "klaar", [InventoryColumn.Kia] = "bezig", [InventoryColumn.AnnualCost] = "12500",
        },
    ];

    /// <summary>Semicolon-separated UTF-8 with a BOM: what Dutch Excel opens correctly with a double click.</summary>
    public static void WriteCsv(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        foreach (var column in InventoryColumns.All)
        {
            csv.WriteField(column.Header);
        }

        foreach (var example in Examples)
        {
            csv.NextRecord();
            foreach (var column in InventoryColumns.All)
            {
                csv.WriteField(SpreadsheetCell.Text(example.GetValueOrDefault(column.Column, "")));
            }
        }

        csv.NextRecord();
    }

    /// <summary>The inventory sheet, an explanation sheet, and (given the knowledge) the lists of processes and data categories to choose from.</summary>
    public static void WriteXlsx(Stream stream, RegieKnowledge? knowledge = null)
    {
        var sheets = new Dictionary<string, object>
        {
            [InventoryReader.SheetName] = Examples.Select(e => InventoryColumns.All.ToDictionary(c => c.Header, c => Cell(e.GetValueOrDefault(c.Column)))).ToList(),
            ["uitleg"] = InventoryColumns.All.Select(c => new Dictionary<string, object?>
            {
                ["kolom"] = c.Header,
                ["verplicht"] = c.Required ? "ja" : "nee",
                ["betekenis"] = c.Meaning,
                ["toegestane waarden"] = c.Allowed,
                ["ook geaccepteerd als kolomnaam"] = string.Join(", ", c.Aliases),
            }).ToList(),
        };
        if (knowledge is not null)
        {
            sheets["processen"] = knowledge.ProcessTemplates.Select(p => new Dictionary<string, object?>
            {
                ["id"] = p.Id,
                ["naam"] = SpreadsheetCell.Text(p.Name.Nl),
                ["soort"] = p.Kind == Core.Landscape.ProcessKind.Primary ? "primair (onderwijs)" : "secundair (bedrijfsvoering)",
                ["kritikaliteit"] = p.Criticality,
                ["essentieel"] = p.Essential ? "ja" : "nee",
            }).ToList();
            sheets["persoonsgegevens"] = knowledge.DataCategories.Select(d => new Dictionary<string, object?>
            {
                ["id"] = d.Id,
                ["naam"] = SpreadsheetCell.Text(d.Name.Nl),
                ["gevoeligheid (1-5)"] = d.Level,
            }).ToList();
        }

        MiniExcel.SaveAs(stream, sheets);
    }

    /// <summary>Whole numbers become number cells so that Excel treats the column as numbers.</summary>
    private static object? Cell(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : SpreadsheetCell.Text(value);
}
