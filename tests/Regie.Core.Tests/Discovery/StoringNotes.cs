using System.Text.Json;
using Regie.Core.Discovery;
using Regie.Core.Explaining;

namespace Regie.Core.Tests.Discovery;

/// <summary>
/// Notes are stored as {code, args} and read back as the same reason, so a stored run is worded in the reader's language;
/// notes stored as text before that (runs, checkpoints) still read, as the text they were.
/// </summary>
public class StoringNotes
{
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web) { Converters = { new StoredNotes() } };

    public static TheoryData<string> NoteKinds()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(DiscoveryReason).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiscoveryReason).IsAssignableFrom(t)))
        {
            data.Add(type.Name);
        }

        return data;
    }

    private static readonly IReadOnlyList<DiscoveryReason> Samples =
    [
        new NotADomainName("geen domein"), new LookupFailed("MX", "x.test", DnsFailure.TimedOut), new LookupFailed("TXT", "x.test", DnsFailure.Other, "FormErr"),
        new CnameLoop("autodiscover.x.test", "loop.x.test"), new CnameChainTooLong("www.x.test", 8), new SeveralSpfRecords("x.test", 2),
        new SpfLookupLimitReached(10), new SpfLoop("x.test"), new NameServersNotRecognised(["ns1.x.test", "ns2.x.test"]),
        new SpfNamesSeveralMailProviders(["Google", "Microsoft"]), new NoMailboxBehindGateway(), new MailExchangersNotRecognised(["mx.x.test"]),
        new NoMailExchangers(), new DomainWithScheme(), new DomainNotValid(), new DomainTooFewLabels(), new DomainLabelNotValid(63),
        new CollectorNote("as written"), new DomainIsRegisterWebsite("mail.x.nl", "x.nl", "OBS X"), new DomainIsMemberMailDomain("x.nl", "x.nl"),
        new DomainApprovedForBoard("www.x.nl", "x.nl"), new DomainReservedForTesting("x.test"), new DomainNotTheBoardsOwn("y.nl"),
    ];

    [Theory]
    [MemberData(nameof(NoteKinds))]
    public void EveryNoteKindIsStoredByItsCodeAndReadBackTheSame(string kind)
    {
        var notes = Samples.Where(s => s.GetType().Name == kind).ToList();
        Assert.NotEmpty(notes); // a new kind needs a sample here, and a place in StoredNotes.Kinds

        var json = JsonSerializer.Serialize<IReadOnlyList<DiscoveryReason>>(notes, Stored);
        var read = JsonSerializer.Deserialize<List<DiscoveryReason>>(json, Stored)!;

        Assert.Equal(notes.Select(n => n.GetType()), read.Select(n => n.GetType()));
        Assert.All(JsonDocument.Parse(json).RootElement.EnumerateArray(), n => Assert.Equal(notes[0].Code, n.GetProperty("code").GetString()));
        Assert.Equal(notes.Select(n => ReasonText.Render(n, ReasonText.Dutch)), read.Select(n => ReasonText.Render(n, ReasonText.Dutch)));
        Assert.Equal(notes.Select(n => ReasonText.Render(n, ReasonText.English)), read.Select(n => ReasonText.Render(n, ReasonText.English)));
        Assert.Equal(StoredNotes.Kinds[notes[0].Code], notes[0].GetType());
    }

    [Fact]
    public void ANoteIsWrittenAsItsCodeWithItsArguments()
    {
        var json = JsonSerializer.Serialize<DiscoveryReason>(new LookupFailed("MX", "x.test", DnsFailure.TimedOut), Stored);

        Assert.Equal("""{"code":"lookupFailed","args":{"recordType":"MX","name":"x.test","failure":"timedOut","detail":null}}""", json);
    }

    [Fact]
    public void ANoteStoredAsTextReadsAsThatText()
    {
        var read = JsonSerializer.Deserialize<List<DiscoveryReason>>("""["CNAME-lus bij www.x.test via www.x.test"]""", Stored)!;

        Assert.Equal([new CollectorNote("CNAME-lus bij www.x.test via www.x.test")], read);
    }

    [Fact]
    public void ACodeThisVersionDoesNotKnowReadsAsItsCode()
    {
        var read = JsonSerializer.Deserialize<DiscoveryReason>("""{"code":"somethingNew","args":{"n":1}}""", Stored);

        Assert.Equal(new CollectorNote("somethingNew"), read);
    }

    [Fact]
    public void ANoteThatIsNeitherTextNorCodeIsNotReadSilently() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DiscoveryReason>("""{"text":"x"}""", Stored));
}
