using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Questionnaires;

/// <summary>The app with a clock the test moves, so that an answer can grow older than twelve months.</summary>
public sealed class QuestionnaireApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    public RegieApp App { get; } = new();
    public MovableClock Clock { get; } = new();
    public WebApplicationFactory<Program> Web { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Web = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
        return ValueTask.CompletedTask;
    }

    /// <summary>The seeded demo board again and the clock back at <see cref="Start"/>, for each test.</summary>
    public QuestionnaireApp Fresh()
    {
        App.Fresh(Web);
        Clock.Now = Start;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await App.DisposeAsync();
    }

    public sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = Start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
