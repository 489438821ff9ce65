using Regie.Core.Matching;

namespace Regie.Core.Tests.Matching;

public sealed class NormalisingNames
{
    [Theory]
    [InlineData("Microsoft Teams - Werk of school", "microsoft teams")]
    [InlineData("Canva for Education", "canva")]
    [InlineData("Microsoft 365 A3", "microsoft 365")]
    [InlineData("Prowise Presenter 10", "prowise presenter")]
    [InlineData("Uitgeverij Malmberg B.V.", "malmberg")]
    [InlineData("Zermelo Portal", "zermelo")]
    [InlineData("Magister app", "magister")]
    [InlineData("MS-Teams", "microsoft teams")]
    [InlineData("Coöperatie SURF U.A.", "cooperatie surf")]
    public void EditionLicenceVersionAndWrapperWordsAreDropped(string written, string words) =>
        Assert.Equal(words, string.Join(' ', NameNormaliser.Tokens(written)));

    [Fact]
    public void CaseAccentsAndPunctuationDoNotMatter() =>
        Assert.Equal(NameNormaliser.Key("Kahoot!"), NameNormaliser.Key("  kahoot "));

    [Fact]
    public void Office365KeepsItsNumber() => Assert.Equal(["office", "365"], NameNormaliser.Tokens("Office 365 A1"));

    [Fact]
    public void AMisspelledWordStaysCloseAndADifferentWordDoesNot()
    {
        Assert.True(Similarity.JaroWinkler("magistre", "magister") > 0.9);
        Assert.True(Similarity.JaroWinkler("teamviewer", "teams") < 0.88);
    }
}
