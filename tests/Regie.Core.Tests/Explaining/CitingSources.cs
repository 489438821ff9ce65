using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Privacy;

namespace Regie.Core.Tests.Explaining;

/// <summary>
/// How reports, registers and transfers cite a fact's source: by the pages it names, with Regie's own markers (the board, a
/// vendor's answer, a board's correction) in the reader's language. The catalog's notes are English and thousands of
/// characters long; a Dutch document cites the page, not the note.
/// </summary>
public sealed class CitingSources
{
    private static readonly CultureInfo Dutch = ReasonText.Dutch;
    private static readonly CultureInfo English = ReasonText.English;

    [Theory]
    [InlineData("https://example.org/a; read again 2026-12-07: it says so", "https://example.org/a")]
    [InlineData("(see https://example.org/b).", "https://example.org/b")]
    [InlineData("https://en.wikipedia.org/wiki/Sanoma_(company), read", "https://en.wikipedia.org/wiki/Sanoma_(company)")]
    [InlineData("„https://example.nl/a”", "https://example.nl/a")]
    public void AnAddressEndsBeforeTheSentencesPunctuation(string source, string address) =>
        Assert.Equal(address, Assert.Single(FactSources.Addresses(source)).Value);

    [Fact]
    public void ASourceIsCitedByItsDistinctAddressesInOrderOrAsItIsWithoutOne()
    {
        var note = "https://example.org/privacy (the vendor's statement, read 2026-12-07): 'data is stored in Frankfurt'; "
            + "also https://example.org/subprocessors and again https://example.org/privacy.";

        Assert.Equal(["https://example.org/privacy", "https://example.org/subprocessors"], FactSources.Cited(note));
        Assert.Equal(["Kamerbrief digitale autonomie in het onderwijs (2026)"], FactSources.Cited(" Kamerbrief digitale autonomie in het onderwijs (2026) "));
        Assert.Equal("https://example.org/privacy · https://example.org/subprocessors", ReasonText.CitedSource(note, Dutch));
        Assert.Empty(FactSources.Addresses("javascript:alert(1) ftp://example.org/f"));
    }

    [Theory]
    [InlineData(FactSources.Board, "ingevoerd door het bestuur", "entered by the board")]
    [InlineData(FactSources.LeftUnknownByBoard, "door het bestuur als onbekend opgegeven", "entered by the board as unknown")]
    [InlineData(FactSources.NoCatalogProduct, "geen catalogusproduct", "no catalog product")]
    [InlineData("antwoord van Iddink Group, 2026-12-01", "antwoord van Iddink Group, 2026-12-01", "answer from Iddink Group, 2026-12-01")]
    public void RegiesOwnMarkersAreNamedInTheReadersLanguage(string source, string dutch, string english)
    {
        Assert.Equal(dutch, ReasonText.CitedSource(source, Dutch));
        Assert.Equal(english, ReasonText.CitedSource(source, English));
    }

    [Fact]
    public void ABoardsCorrectionKeepsTheBoardsWordsAndTranslatesRegies()
    {
        var cited = new FactCorrection("magister", CorrectableFact.HostingProvider, "azure", "Contract noemt Azure (bijlage 2)", "Contract 2026").CitedAs;

        Assert.Equal(cited, ReasonText.CitedSource(cited, Dutch));
        Assert.Equal("the board's own correction: Contract noemt Azure (bijlage 2) (source: Contract 2026)", ReasonText.CitedSource(cited, English));
        var withoutSource = new FactCorrection("magister", CorrectableFact.HostingProvider, "azure", "zie https://example.nl/x").CitedAs;
        Assert.Equal("the board's own correction: zie https://example.nl/x", ReasonText.CitedSource(withoutSource, English));
    }

    [Fact]
    public void ATransferCitesThePageItRestsOnNotTheNote()
    {
        var note = "https://example.org/privacy (Open Terms Archive copy, read 2026-12-07): personal data is 'generally stored in the United States'";
        var transfer = new Transfer(new DataStoredOutsideEea(), RegisterOrigin.Catalog, note, new DateOnly(2026, 12, 7));

        var dutch = ReasonText.Render(transfer, Dutch);

        Assert.EndsWith("(bron: https://example.org/privacy, 2026-12-07)", dutch);
        Assert.DoesNotContain("generally stored", dutch);
        Assert.EndsWith("(source: entered by the board)", ReasonText.Render(transfer with { Source = FactSources.Board, Checked = null }, English));
    }
}
