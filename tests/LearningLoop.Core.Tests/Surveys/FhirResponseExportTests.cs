using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

public sealed class FhirResponseExportTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    [Fact]
    public async System.Threading.Tasks.Task Responses_export_without_identifiers_times_or_small_groups()
    {
        int organisationId, waveId;
        var responseIds = new List<Guid>();
        using (var db = _database.Open(OrganisationScope.System))
        {
            var organisation = new Organisation { Name = "Harbour" };
            db.Organisations.Add(organisation);
            db.SaveChanges();
            organisationId = organisation.Id;
            var division = new Division { OrganisationId = organisationId, Name = "Medicine" };
            db.Divisions.Add(division);
            db.SaveChanges();
            var unit = new Unit { OrganisationId = organisationId, DivisionId = division.Id, Name = "7 North" };
            var nurses = new Workgroup { OrganisationId = organisationId, Key = "nurse", Name = "Nurses" };
            var pharmacists = new Workgroup { OrganisationId = organisationId, Key = "pharmacist", Name = "Pharmacists" };
            db.AddRange(unit, nurses, pharmacists);
            var instrument = RelationalCoordinationInstrument.Create(organisationId, DateTime.UtcNow);
            db.Instruments.Add(instrument);
            db.SaveChanges();
            var wave = new Wave { OrganisationId = organisationId, Name = "W", InstrumentVersionId = instrument.Versions[0].Id, Opens = new(2025, 1, 1), Closes = new(2025, 1, 20) };
            wave.Units.Add(new WaveUnit { UnitId = unit.Id });
            wave.Workgroups.AddRange([new WaveWorkgroup { WorkgroupId = nurses.Id, Position = 1 }, new WaveWorkgroup { WorkgroupId = pharmacists.Id, Position = 2 }]);
            db.Waves.Add(wave);
            db.SaveChanges();
            waveId = wave.Id;
            for (var i = 0; i < 7; i++)
            {
                var own = i < 5 ? nurses : pharmacists;
                var response = new Response { OrganisationId = organisationId, WaveId = waveId, WorkgroupId = own.Id, UnitId = unit.Id, Status = ResponseStatus.Submitted };
                response.Answers.Add(new Answer { OrganisationId = organisationId, ItemKey = "frequency", TargetWorkgroupId = pharmacists.Id, Value = 1 + i % 5 });
                response.Answers.Add(new Answer { OrganisationId = organisationId, ItemKey = "comments", Text = $"comment {i}" });
                db.Responses.Add(response);
                responseIds.Add(response.Id);
            }
            db.Responses.Add(new Response { OrganisationId = organisationId, WaveId = waveId, WorkgroupId = nurses.Id, Status = ResponseStatus.Draft, DraftKey = "d" });
            db.SaveChanges();
        }

        using var scoped = _database.OpenFor(organisationId);
        var export = await new FhirResponseExport(scoped, new WaveResultsGate(scoped, TimeProvider.System)).ForWaveAsync(waveId);
        Assert.NotNull(export);
        Assert.Equal((5, 2), (export.Included, export.LeftOut));
        var json = export.Bundle.ToJson();
        var bundle = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Bundle>(json);
        var responses = bundle.Entry.Select(e => (QuestionnaireResponse)e.Resource!).ToList();
        Assert.Equal(5, responses.Count);
        Assert.All(responses, r =>
        {
            Assert.Null(r.Id);
            Assert.Null(r.Identifier);
            Assert.Null(r.Authored);
            Assert.Null(r.Author);
            Assert.Null(r.Subject);
            Assert.Null(r.Source);
            Assert.Equal("nurse", ((Coding)r.Item.Single(i => i.LinkId == "workgroup").Answer[0].Value!).Code);
        });
        Assert.DoesNotContain("pharmacist comment", json, StringComparison.Ordinal);
        Assert.DoesNotContain("comment 6", json, StringComparison.Ordinal);
        Assert.All(responseIds, id => Assert.DoesNotContain(id.ToString(), json, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("7 North", json, StringComparison.Ordinal);

        using var other = _database.OpenFor(organisationId + 1000);
        Assert.Null(await new FhirResponseExport(other, new WaveResultsGate(other, TimeProvider.System)).ForWaveAsync(waveId));
    }

    public void Dispose() => _database.Dispose();
}
