using Regie.Core.Planning;

namespace Regie.Core.Tests.Planning;

public class ReadingQuarters
{
    [Theory]
    [InlineData("2027-Q2", 2027, 2)]
    [InlineData("2027q4", 2027, 4)]
    [InlineData(" 2030-Q1 ", 2030, 1)]
    public void AQuarterIsReadAsTheExportWritesIt(string text, int year, int number)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
        Assert.Equal($"{year}-Q{number}", quarter.ToString());
    }

    [Theory]
    [InlineData("2027-Q5")]
    [InlineData("2027-Q0")]
    [InlineData("Q2-2027")]
    [InlineData("2027/2")]
    [InlineData("")]
    public void ANonsenseQuarterIsRefused(string text) => Assert.False(Quarter.TryParse(text, out _));

    [Fact]
    public void QuartersFollowTheCalendar()
    {
        Assert.Equal(new Quarter(2027, 3), Quarter.Of(new DateOnly(2027, 7, 31)));
        Assert.Equal(new Quarter(2028, 1), new Quarter(2027, 4).Plus(1));
        Assert.Equal(new DateOnly(2027, 10, 1), new Quarter(2027, 4).FirstDay);
    }
}
