using Regie.Core.Explaining;
using Regie.Core.Questionnaires;
using static Regie.Core.Tests.Questionnaires.QuestionnaireWorld;

namespace Regie.Core.Tests.Questionnaires;

/// <summary>A vendor's answers are taken all or nothing; every refusal names the row and the field.</summary>
public sealed class ReadingVendorAnswers
{
    private static readonly VendorQuestions Zermelo = Vendor(VendorQuestionnaire.All(Assess(), [], Today), "zermelo");

    private static (IReadOnlyList<VendorStatement> Statements, IReadOnlyList<QuestionnaireError> Errors) Read(params AnswerLine[] lines) =>
        QuestionnaireAnswers.Read(Zermelo, lines, Shipped.Catalog, Today);

    [Fact]
    public void GoodAnswersBecomeStatementsInCanonicalForm()
    {
        var (statements, errors) = Read(
            new(2, "zermelo/SOV2.law", "Nederlands of ander EU-recht, geschillen in de EU", "artikel 12", "2026-11-30"),
            new(3, "zermelo/ultimateParent", "geen (nl)"),
            new(4, "zermelo/hostingProvider", "amazon web services (aws)"),
            new(5, "zermelo/exportFormats", ".CSV, json; xlsx"),
            new(6, "zermelo/exitTerms", "ja"),
            new(7, "zermelo/dataLocation", "1"),
            new(8, "zermelo/SOV3.keys", "onbekend"),
            new(9, "zermelo/SOV2.requests", ""));

        Assert.Empty(errors);
        Assert.Equal(
            [("zermelo/SOV2.law", "2"), ("zermelo/ultimateParent", "geen (NL)"), ("zermelo/hostingProvider", "aws"), ("zermelo/exportFormats", "csv, json, xlsx"),
             ("zermelo/exitTerms", "Yes"), ("zermelo/dataLocation", "EuDefault")],
            statements.Select(s => (s.Question.ToString(), s.Answer)));
        Assert.Equal(("artikel 12", new DateOnly(2026, 11, 30)), (statements[0].Explanation, statements[0].AnsweredOn));
        Assert.All(statements.Skip(1), s => Assert.Equal(Today, s.AnsweredOn));
        Assert.All(statements, s => Assert.Equal(("zermelo", "Zermelo Software B.V."), (s.VendorId, s.VendorName)));
    }

    [Fact]
    public void AnUnknownQuestionIdIsRefusedAndNothingIsTaken()
    {
        var (statements, errors) = Read(new(2, "zermelo/SOV2.law", "2"), new(3, "zermelo/SOV9.nothing", "1"), new(4, "magister/SOV2.law", "1"));

        Assert.Empty(statements);
        Assert.Equal(
            [new QuestionnaireError(3, "vraag", new QuestionNotAsked("zermelo/SOV9.nothing", "Zermelo Software B.V.")),
             new QuestionnaireError(4, "vraag", new QuestionNotAsked("magister/SOV2.law", "Zermelo Software B.V."))],
            errors);
        Assert.Equal("'zermelo/SOV9.nothing' is geen vraag van de vragenlijst voor Zermelo Software B.V.; gebruik het antwoordbestand van deze leverancier.",
            ReasonText.Render(errors[0].Problem));
    }

    [Theory]
    [InlineData("zermelo/SOV2.law", "3", "antwoord")]
    [InlineData("zermelo/SOV2.law", "misschien", "antwoord")]
    [InlineData("zermelo/ultimateParent", "Zermelo Holding", "antwoord")]
    [InlineData("zermelo/ultimateParent", "Zermelo Holding (XX)", "antwoord")]
    [InlineData("zermelo/hostingProvider", "Cloud van de buurman", "antwoord")]
    [InlineData("zermelo/dataLocation", "3", "antwoord")]
    [InlineData("zermelo/exitTerms", "soms", "antwoord")]
    [InlineData("zermelo/exportFormats", "csv, <script>", "antwoord")]
    [InlineData("", "2", "vraag")]
    [InlineData("zermelo", "2", "vraag")]
    public void AnInvalidAnswerIsRefusedNamingTheRowAndField(string question, string answer, string field)
    {
        var (statements, errors) = Read(new(2, "zermelo/SOV2.requests", "3"), new(5, question, answer));

        Assert.Empty(statements);
        var error = Assert.Single(errors);
        Assert.Equal((5, field), (error.Row, error.Field));
    }

    [Fact]
    public void AnOptionOutOfRangeSaysWhichOptionsThereAre()
    {
        var error = Assert.Single(Read(new AnswerLine(4, "zermelo/SOV2.law", "3")).Errors);

        Assert.Equal(new NotAnOptionOfQuestion("3", 2), error.Problem);
        Assert.Equal("'3' is geen optie: kies een nummer van 0 tot en met 2, of onbekend.", ReasonText.Render(error.Problem));
    }

    [Fact]
    public void AQuestionAnsweredTwiceIsRefused()
    {
        var error = Assert.Single(Read(new(2, "zermelo/SOV2.law", "2"), new(7, "Zermelo/sov2.LAW", "1")).Errors);

        Assert.Equal(new QuestionnaireError(7, "vraag", new QuestionAnsweredTwice("zermelo/SOV2.law", 2)), error);
    }

    [Theory]
    [InlineData("2026-12-07", typeof(AnswerDatedInTheFuture))]
    [InlineData("2025-12-06", typeof(AnswerAlreadyExpired))]
    [InlineData("gisteren", typeof(NotADate))]
    public void ADateInTheFutureAlreadyExpiredOrUnreadableIsRefused(string date, Type problem)
    {
        var error = Assert.Single(Read(new AnswerLine(3, "zermelo/SOV2.law", "2", null, date)).Errors);

        Assert.Equal((3, "datum"), (error.Row, error.Field));
        Assert.IsType(problem, error.Problem);
    }

    [Fact]
    public void AFileWithoutASingleAnswerIsRefused()
    {
        var error = Assert.Single(Read(new(2, "zermelo/SOV2.law", "onbekend"), new(3, "zermelo/SOV3.keys", "")).Errors);

        Assert.Equal(new QuestionnaireError(null, "bestand", new NoAnswersGiven()), error);
    }

    [Fact]
    public void TooManyRowsAreRefusedWithoutReadingThemAll()
    {
        var lines = Enumerable.Range(2, QuestionnaireAnswers.MaxRows + 5).Select(i => new AnswerLine(i, "zermelo/SOV2.law", "2"));

        var error = Assert.Single(QuestionnaireAnswers.Read(Zermelo, lines, Shipped.Catalog, Today).Errors);

        Assert.Equal(new AnswerFileTooManyRows(QuestionnaireAnswers.MaxRows), error.Problem);
    }

    [Fact]
    public void AnExplanationTooLongIsRefused()
    {
        var error = Assert.Single(Read(new AnswerLine(2, "zermelo/SOV2.law", "2", new string('x', QuestionnaireAnswers.MaxExplanation + 1))).Errors);

        Assert.Equal((2, "toelichting"), (error.Row, error.Field));
    }
}
