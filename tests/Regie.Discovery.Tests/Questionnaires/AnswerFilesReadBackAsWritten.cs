using Regie.Core.Common;
using Regie.Core.Exporting;
using Regie.Core.Observatory;
using Regie.Discovery.Exporting;
using Regie.Discovery.Questionnaires;

namespace Regie.Discovery.Tests.Questionnaires;

/// <summary>
/// An answer file Regie writes (the catalog's questions, the sector's answers for the catalog) is read back by the answers'
/// import: a cell the CSV writer neutralised against formulas ('-…) comes back as it was, in Dutch and English CSV alike.
/// </summary>
public sealed class AnswerFilesReadBackAsWritten
{
    private static ExportTable Table(string explanation, string source) => new(new LocalizedText("antwoorden", "answers"),
        [.. SectorAnswerInput.Fields.Select(f => new ExportColumn(f, f, f, f == "answeredOn" ? CellKind.Date : CellKind.Text))],
        [["topicus", "Topicus", "somtoday", "hostingRegion", "+31 Deventer", explanation, new DateOnly(2026, 12, 1), "SIVON", source]]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ANeutralisedCellComesBackAsItWasWritten(bool english)
    {
        var bytes = TableFiles.Bytes(Table("-alles in Nederland", "=brief van 1 december"), ExportFormat.Csv, english);
        Assert.Contains("'-alles in Nederland", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal); // written safe for a spreadsheet

        using var stream = new MemoryStream(bytes);
        var read = SectorAnswerFile.Read(stream, "antwoorden.csv", bytes.Length);

        Assert.Empty(read.FileErrors);
        var input = Assert.Single(read.Rows).Input;
        Assert.Equal(("+31 Deventer", "-alles in Nederland", "=brief van 1 december", new DateOnly(2026, 12, 1)), (input.Answer, input.Explanation, input.Source, input.AnsweredOn));
    }

    [Theory]
    [InlineData("'t Gooi", "'t Gooi")] // an apostrophe the writer did not put on stays
    [InlineData("'-1", "-1")]
    [InlineData("'", "'")]
    [InlineData(null, null)]
    public void OnlyTheWritersOwnApostropheIsTakenOff(string? cell, string? expected) => Assert.Equal(expected, SpreadsheetCell.Restore(cell));
}
