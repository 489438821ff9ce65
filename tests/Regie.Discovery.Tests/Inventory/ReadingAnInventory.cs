using System.Text;
using Regie.Core.Catalog;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Discovery.Inventory;

namespace Regie.Discovery.Tests.Inventory;

public sealed class ReadingAnInventory
{
    private static InventoryParseResult ReadCsv(string text, Encoding? encoding = null) =>
        InventoryReader.Read(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(text)), InventoryFormat.Csv, "test.csv");

    [Fact]
    public void SemicolonAndCommaFilesReadTheSame()
    {
        var semicolon = ReadCsv("naam;leerlingen;processen\nMagister;1200;\"lesgeven, toetsing\"\n");
        var comma = ReadCsv("naam,leerlingen,processen\nMagister,1200,\"lesgeven, toetsing\"\n");

        Assert.Empty(semicolon.Errors);
        Assert.Empty(comma.Errors);
        Assert.Equal(semicolon.Rows[0] with { Processes = null }, comma.Rows[0] with { Processes = null });
        Assert.Equal(["lesgeven", "toetsing"], comma.Rows[0].Processes!);
    }

    [Fact]
    public void AByteOrderMarkIsNotPartOfTheFirstHeader()
    {
        var result = ReadCsv("naam;leerlingen\nMagister;5\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Empty(result.Errors);
        Assert.Equal("Magister", result.Rows[0].Name);
    }

    [Fact]
    public void AnOldExcelFileInWindows1252KeepsItsAccents()
    {
        var result = ReadCsv("naam;notities\nCoöperatie app;financiën\n", CodePagesEncodingProvider.Instance.GetEncoding(1252));

        Assert.Equal("Coöperatie app", result.Rows[0].Name);
        Assert.Equal("financiën", result.Rows[0].Notes);
    }

    [Fact]
    public void RowNumbersAreTheSpreadsheetsAcrossBlankLinesAndMultiLineCells()
    {
        var result = ReadCsv("naam;notities;leerlingen\nA;\"twee\nregels\";1\n\nB;;veel\n");

        Assert.Equal([2, 4], result.Rows.Select(r => r.Row));
        Assert.Equal("Rij 4, kolom 'leerlingen': 'veel' is geen getal.", Assert.Single(result.Errors).ToString()["test.csv: ".Length..]);
    }

    [Fact]
    public void EnglishHeadersInAnyCaseAreAccepted()
    {
        var result = ReadCsv("Name,Pupils,Signs in through,Data Location\nMagister,10,Entra,EU-only\n");

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal((2, "Magister", 10, DataLocation.EuOnly), (row.Row, row.Name, row.Pupils, row.DataLocation));
        Assert.Equal(["Entra"], row.SignsInThrough!);
    }

    [Fact]
    public void AnUnknownColumnIsReportedRatherThanIgnored()
    {
        var result = ReadCsv("naam;leerlingn\nMagister;5\n");

        Assert.Equal("leerlingn", Assert.Single(result.Errors).Column);
    }

    [Fact]
    public void DutchAndPlainNumbersAndBothDateOrdersAreRead()
    {
        var result = ReadCsv("naam;jaarkosten;contract-einde;medewerkers\nA;12.500,50;2027-07-31;1.200\nB;12500.5;31-07-2027;3\n");

        Assert.Empty(result.Errors);
        Assert.All(result.Rows, r => Assert.Equal(12500.5m, r.AnnualCost));
        Assert.All(result.Rows, r => Assert.Equal(new DateOnly(2027, 7, 31), r.ContractEnd));
        Assert.Equal(1200, result.Rows[0].Staff);
    }

    [Fact]
    public void EmptyCellsAreUnknownNotErrors()
    {
        var result = ReadCsv("naam;leerlingen;exitclausule;dpia;datalocatie;contract-einde\nMagister;;;;;\n");

        Assert.Empty(result.Errors);
        var row = result.Rows[0];
        Assert.Null(row.Pupils);
        Assert.Equal(Core.Common.Tri.Unknown, row.ExitClause);
        Assert.Equal(AssessmentStatus.Unknown, row.Dpia);
        Assert.Null(row.DataLocation);
        Assert.Null(row.ContractEnd);
    }

    [Fact]
    public void AValueUnderNoHeaderIsReportedRatherThanDropped()
    {
        var result = ReadCsv("naam;leerlingen\nMagister;5;vergeten\n");

        Assert.Equal((2, null), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
    }

    [Fact]
    public void AFileWithoutANameColumnSaysSo()
    {
        var result = ReadCsv("leerlingen\n5\n");

        Assert.IsType<NameColumnMissing>(Assert.Single(result.Errors).Why);
    }

    // The file is decoded as it is read, in chunks of 64 KiB (CsvText.Open): the encoding must still be decided by the whole file.
    private static string LongInventory(string lastName) =>
        "naam;notities\n" + string.Concat(Enumerable.Range(1, 3000).Select(i => $"Dienst {i:0000};{new string('x', 40)}\n")) + lastName + ";\n";

    [Fact]
    public void AFileIsWindows1252WhenItsFirstInvalidUtf8ComesLate()
    {
        var result = ReadCsv(LongInventory("Coöperatie app"), CodePagesEncodingProvider.Instance.GetEncoding(1252));

        Assert.Empty(result.Errors);
        Assert.Equal(3001, result.Rows.Count);
        Assert.Equal("Coöperatie app", result.Rows[^1].Name);
    }

    [Fact]
    public void Utf8SplitOverTheReadingChunksStaysUtf8()
    {
        const string header = "naam;notities\n";
        var text = LongInventory("Coöperatie app");
        var at = Array.IndexOf(new UTF8Encoding(false).GetBytes(text), (byte)0xC3);
        // A notes-only line after the header moves the two bytes of 'ö' onto the boundary: 0xC3 the last byte of the first chunk.
        const int chunk = 64 * 1024;
        var inserted = (chunk - 1 - at % chunk + chunk) % chunk;
        inserted += inserted < "Opvulling;\n".Length ? chunk : 0;
        var padded = header + "Opvulling;" + new string('y', inserted - "Opvulling;\n".Length) + "\n" + text[header.Length..];
        var bytes = new UTF8Encoding(false).GetBytes(padded);
        var result = InventoryReader.Read(new MemoryStream(bytes), InventoryFormat.Csv, "test.csv");

        Assert.Equal(chunk - 1, Array.IndexOf(bytes, (byte)0xC3) % chunk);
        Assert.Equal("Coöperatie app", result.Rows[^1].Name);
    }

    [Fact]
    public void AStreamThatCannotSeekReadsTheSame()
    {
        var bytes = new UTF8Encoding(true).GetBytes("naam,leerlingen\nMagister,5\n");
        var result = InventoryReader.Read(new ForwardOnly(bytes), InventoryFormat.Csv, "test.csv");

        Assert.Empty(result.Errors);
        Assert.Equal(("Magister", 5), (result.Rows[0].Name, result.Rows[0].Pupils));
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
