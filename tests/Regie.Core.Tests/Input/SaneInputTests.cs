using Regie.Core.Common;

namespace Regie.Core.Tests.Input;

public sealed class SpreadsheetCellsNeverStartAFormula
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"klik\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void TextThatASpreadsheetWouldCalculateGetsALeadingApostrophe(string text) =>
        Assert.Equal("'" + text, SpreadsheetCell.Text(text));

    [Theory]
    [InlineData("Magister", "Magister")]
    [InlineData("Jan=Piet", "Jan=Piet")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData(" =spatie eerst", " =spatie eerst")]
    public void OrdinaryTextStaysAsItIs(string? text, string expected) => Assert.Equal(expected, SpreadsheetCell.Text(text));

    [Fact]
    public void NumbersStayNumbersAndOnlyTextIsNeutralised()
    {
        Assert.Equal(-5, SpreadsheetCell.Value(-5));
        Assert.Equal(12.5m, SpreadsheetCell.Value(12.5m));
        Assert.Null(SpreadsheetCell.Value(null));
        Assert.Equal("'=1", SpreadsheetCell.Value("=1"));
    }
}

public sealed class SaneRangesAndNames
{
    [Theory]
    [InlineData("0", true)]
    [InlineData("12500.50", true)]
    [InlineData("100000000", true)]
    [InlineData("100000000.01", false)]
    [InlineData("-0.01", false)]
    [InlineData("79228162514264337593543950335", false)]
    public void AmountsRunFromZeroToAHundredMillion(string amount, bool sane) =>
        Assert.Equal(sane, InputRules.IsSaneAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0, true)]
    [InlineData(1_000_000, true)]
    [InlineData(1_000_001, false)]
    [InlineData(-1, false)]
    [InlineData(int.MaxValue, false)]
    public void CountsRunFromZeroToAMillion(int count, bool sane) => Assert.Equal(sane, InputRules.IsSaneCount(count));

    [Theory]
    [InlineData("Magi\0ster")]
    [InlineData("Magister\u202Egnp.exe")]
    [InlineData("\u202ALinks")]
    [InlineData("\u2066isolaat\u2069")]
    [InlineData("a\u200Eb")]
    [InlineData("a\u200Fb")]
    [InlineData("regel\neen")]
    public void NamesWithHiddenCharactersAreRefused(string name) => Assert.True(InputRules.HasHiddenCharacters(name));

    [Theory]
    [InlineData("Magister")]
    [InlineData("Zoë's ‘Rooster’ — één")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("مدرسة")]
    public void OrdinaryNamesInAnyScriptPass(string name) => Assert.False(InputRules.HasHiddenCharacters(name));
}
