using System.Text;
using MiniExcelLibs;
using Regie.Core.Demo;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;
using Regie.Discovery.Questionnaires;

namespace Regie.Discovery.Tests.Questionnaires;

/// <summary>The answer file goes out with the open questions and comes back with the vendor's answers, as CSV or as XLSX.</summary>
public sealed class ReadingAndWritingAnswerFiles
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());
    private static readonly VendorQuestions Zermelo =
        VendorQuestionnaire.OpenQuestions(BoardAssessor.Assess(DemoBoard.Create(Shipped), Shipped)).Single(v => v.VendorId == "zermelo");

    private static AnswerFileContent ReadText(string text, string name = "antwoorden.csv") =>
        AnswerFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    [Fact]
    public void TheCsvListsEveryOpenQuestionAndReadsBackWithTheVendorsAnswers()
    {
        var csv = AnswerFile.Csv(Zermelo, ReasonText.Dutch);
        var lines = csv.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("vraag;leverancier;onderwerp;diensten;vraagtekst;zo antwoordt u;eerder antwoord;antwoord;toelichting;datum", lines[0]);
        Assert.Equal(Zermelo.OpenCount, lines.Count - 1);

        // The vendor fills in two answers, in the cells the file leaves empty.
        var filled = lines.Select(l => l.StartsWith("zermelo/SOV2.law;", StringComparison.Ordinal) ? l[..^3] + ";2;Nederlands recht;2026-11-30"
            : l.StartsWith("zermelo/ultimateParent;", StringComparison.Ordinal) ? l[..^3] + ";geen (NL);;" : l);
        var read = ReadText(string.Join("\r\n", filled));

        Assert.Empty(read.Errors);
        Assert.Equal("zermelo", read.Vendor);
        var law = read.Lines.Single(l => l.Question == "zermelo/SOV2.law");
        Assert.Equal(("2", "Nederlands recht", "2026-11-30"), (law.Answer, law.Explanation, law.Date));
        Assert.Equal(lines.FindIndex(l => l.StartsWith("zermelo/SOV2.law;", StringComparison.Ordinal)) + 1, law.Row);
        Assert.Equal("geen (NL)", read.Lines.Single(l => l.Question == "zermelo/ultimateParent").Answer);
        Assert.Equal(Zermelo.OpenCount, read.Lines.Count);
    }

    [Fact]
    public void AServiceNamedLikeAFormulaIsTextInTheCsvAndTheWorkbook()
    {
        const string formula = "=HYPERLINK(\"http://evil.example\";\"klik\")";
        var demo = DemoBoard.Create(Shipped);
        var board = demo with { Services = [.. demo.Services.Select(s => s.Name == "Zermelo" ? s with { Name = formula } : s)] };
        var vendor = VendorQuestionnaire.OpenQuestions(BoardAssessor.Assess(board, Shipped)).Single(v => v.VendorId == "zermelo");

        var csv = AnswerFile.Csv(vendor, ReasonText.Dutch);
        Assert.Contains("'" + formula.Replace("\"", "\"\"", StringComparison.Ordinal), csv);
        Assert.DoesNotContain(";\"=HYPERLINK", csv);

        using var workbook = new MemoryStream();
        AnswerFile.Xlsx(workbook, vendor, Shipped.Catalog, ReasonText.Dutch);
        workbook.Position = 0;
        var services = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "antwoorden").Cast<IDictionary<string, object?>>()
            .Select(r => r["diensten"]?.ToString()).ToList();
        Assert.Contains("'" + formula, services);
        Assert.DoesNotContain(services, s => s?.StartsWith('=') == true);
    }

    [Fact]
    public void AnAnswerTheWriterGuardedAgainstFormulasReadsBackWithoutTheApostrophe()
    {
        // As a spreadsheet saves a cell it showed as text: the writer's apostrophe kept before a leading '-' or '='.
        var lines = AnswerFile.Csv(Zermelo, ReasonText.Dutch).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var filled = lines.Select(l => l.StartsWith("zermelo/SOV2.law;", StringComparison.Ordinal) ? l[..^3] + ";2;'-alleen Nederlands recht;2026-11-30" : l);

        var law = ReadText(string.Join("\r\n", filled)).Lines.Single(l => l.Question == "zermelo/SOV2.law");

        Assert.Equal("-alleen Nederlands recht", law.Explanation);
    }

    [Fact]
    public void TheEnglishCsvHasEnglishHeadersAndCommasAndReadsBackToo()
    {
        var csv = AnswerFile.Csv(Zermelo, ReasonText.English);

        Assert.StartsWith("question,vendor,subject,services,question text,how to answer,earlier answer,answer,explanation,date", csv);
        Assert.Contains("Which law governs the contract", csv);
        var read = ReadText(csv);
        Assert.Empty(read.Errors);
        Assert.Equal(Zermelo.OpenCount, read.Lines.Count);
    }

    [Fact]
    public void TheWorkbookHasTheQuestionsAndTheListsAnAnswerMayNameAndReadsBack()
    {
        using var workbook = new MemoryStream();
        AnswerFile.Xlsx(workbook, Zermelo, Shipped.Catalog, ReasonText.Dutch);

        workbook.Position = 0;
        Assert.Equal(["antwoorden", "hostingpartijen", "landen"], MiniExcel.GetSheetNames(workbook));
        workbook.Position = 0;
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "antwoorden").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Zermelo.OpenCount, rows.Count);

        // Filled in as a vendor would: the answer column of one row.
        var filled = rows.Select(r => r.ToDictionary(x => x.Key, x => (object?)(r["vraag"]?.ToString() == "zermelo/SOV2.law" && x.Key == "antwoord" ? "2" : x.Value))).ToList();
        using var answered = new MemoryStream();
        MiniExcel.SaveAs(answered, filled);
        answered.Position = 0;
        var read = AnswerFile.Read(answered, "antwoorden.xlsx");

        Assert.Empty(read.Errors);
        Assert.Equal("2", read.Lines.Single(l => l.Question == "zermelo/SOV2.law").Answer);
        Assert.Equal(rows.FindIndex(r => r["vraag"]?.ToString() == "zermelo/SOV2.law") + 2, read.Lines.Single(l => l.Question == "zermelo/SOV2.law").Row);
    }

    [Fact]
    public void AFileWithoutTheQuestionAndAnswerColumnsIsRefusedNamingTheHeaderRow()
    {
        var read = ReadText("\nid;waarde\nzermelo/SOV2.law;2\n");

        Assert.Empty(read.Lines);
        Assert.Equal(
            [new QuestionnaireError(2, "kopregel", new AnswerFileColumnMissing("vraag")), new QuestionnaireError(2, "kopregel", new AnswerFileColumnMissing("antwoord"))],
            read.Errors);
    }

    [Fact]
    public void AnEmptyOrDamagedOrOversizedFileIsRefused()
    {
        Assert.Equal(new AnswerFileHasNoRows(), Assert.Single(ReadText(" \n\n").Errors).Problem);
        Assert.Equal(new AnswerFileUnreadable(), Assert.Single(ReadText("PK\u0003\u0004 not a workbook", "antwoorden.xlsx").Errors).Problem);
        var huge = new MemoryStream(new byte[AnswerFile.MaxBytes + 10]);
        Assert.Equal(new AnswerFileTooLarge(AnswerFile.MaxBytes / 1024), Assert.Single(AnswerFile.Read(huge, "a.csv").Errors).Problem);
    }
}
