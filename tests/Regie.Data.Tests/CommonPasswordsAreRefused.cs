using Regie.Data;

namespace Regie.Data.Tests;

/// <summary>The password rules beyond Identity's own: the SecLists top 10,000 and what people make of it, and the user's name.</summary>
public sealed class CommonPasswordsAreRefused
{
    private static Task<Microsoft.AspNetCore.Identity.IdentityResult> Check(string password, string email = "anna.de.vries@bestuur.nl") =>
        new CommonPasswordValidator().ValidateAsync(null!, new RegieUser { UserName = email, Email = email }, password);

    [Fact]
    public void TheWholeListIsLoaded() => Assert.Equal(10_000, CommonPasswords.Count);

    [Theory]
    [InlineData("masterbating")] // on the list as it is, 12 characters
    [InlineData("UNBELIEVABLE")] // letter case does not help
    [InlineData("password123456")] // a listed password with digits after it
    [InlineData("2026!!dragon")] // or before it
    [InlineData("qwertyqwerty")] // said twice
    [InlineData("1234567890123")] // "1234" and digits
    public async Task ACommonPasswordIsRefusedInDutch(string password)
    {
        var result = await Check(password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordCommon" && e.Description.Contains("veelgebruikte en gelekte wachtwoorden"));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("dragon en een paard in de wei")] // a listed word among other words is a passphrase, not the listed password
    [InlineData("Zeven boeken op de plank")]
    public async Task APassphraseOfOwnWordsIsAccepted(string password) => Assert.True((await Check(password)).Succeeded);

    [Theory]
    [InlineData("mijn adres anna.de.vries@bestuur.nl")]
    [InlineData("ANNA.DE.VRIES is de baas")]
    public async Task APasswordWithTheUserNameIsRefused(string password)
    {
        var result = await Check(password);

        Assert.Contains(result.Errors, e => e.Code == "PasswordContainsUserName" && e.Description.Contains("gebruikersnaam"));
    }

    [Fact]
    public async Task AShortLocalPartDoesNotForbidEveryWordThatContainsIt() =>
        Assert.True((await Check("januari is een koude maand", "jan@bestuur.nl")).Succeeded);

    [Fact]
    public async Task MoreThan128CharactersAreRefused()
    {
        Assert.True((await Check(new string('x', 60) + new string('y', 60) + "abcdefgh")).Succeeded);
        Assert.Contains((await Check(new string('x', 60) + new string('y', 60) + "abcdefghi")).Errors, e => e.Code == "PasswordTooLong");
    }
}
