using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>The board's fields of its processing register are stored per service, audited, and laid over the generated record.</summary>
public sealed class StoringProcessingRecords(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task TheBoardsFieldsComeBackAsItsOwnAndAreAudited(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Stichting Register");
        var serviceId = Guid.NewGuid();
        await using (var db = storage.OpenAs(provider, board, "fg@bestuur.nl"))
        {
            db.Services.Add(new ServiceEntity { Id = serviceId, Name = "Zermelo", CatalogProductId = "zermelo", ProcessKeys = ["roostering"] });
            var (edit, problems) = ProcessingRecordRules.Read(new ServiceId(serviceId),
                new ProcessingRecordInput("Roosters maken", ["leerlingen", "medewerkers"], "algemeen-belang", "1 jaar", "Navragen bij leverancier"),
                new BoardEdit("fg@bestuur.nl", storage.Clock.GetUtcNow()));
            Assert.Empty(problems);
            var row = new ProcessingRecordEntity { Id = Guid.NewGuid(), ServiceId = serviceId };
            ProcessingRecords.Apply(row, edit!);
            db.ProcessingRecords.Add(row);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = storage.OpenAs(provider, board);
        var landscape = await read.LoadLandscapeAsync(new OrganisationId(board), storage.Clock, Ct);
        var record = (await read.LoadProcessingRegisterAsync(landscape, Shipped, Ct)).Single();

        Assert.Equal(("Roosters maken", RegisterOrigin.Board), (record.Purposes.Value!.Single().Nl, record.Purposes.Origin));
        Assert.Equal([DataSubject.Pupils, DataSubject.Staff], record.DataSubjects.Value);
        Assert.Equal((LegalBasis.PublicTask, "1 jaar", "Navragen bij leverancier"), (record.LegalBasis.Value, record.Retention.Value, record.Notes.Value));
        Assert.Equal(new BoardEdit("fg@bestuur.nl", storage.Clock.GetUtcNow()), record.Retention.Edit);
        Assert.Contains(await read.AuditEntries.ToListAsync(Ct), e => e.Entity == nameof(ProcessingRecordEntity) && e.Action == "Added" && e.Actor == "fg@bestuur.nl");
    }
}
