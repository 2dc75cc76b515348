using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Partners;

namespace LearningLoop.Web.Features.Partners;

public sealed record PartnerRecordDto(int Id, PartnerRecordKind Kind, string Name, DateOnly On, DateOnly? Until, decimal? Amount)
{
    public static PartnerRecordDto From(PartnerRecord r) => new(r.Id, r.Kind, r.Name, r.On, r.Until, r.Amount);
}

/// <summary>A partner's file. <see cref="Email"/> is filled only for those who see contact details.</summary>
public sealed record PartnerDto(
    int Id, int PersonId, string Name, string? Email, PartnerStatus Status, IReadOnlyList<string> LivedExperience, IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages, IReadOnlyList<string> Availability, string About, DateOnly? JoinedOn,
    IReadOnlyList<PartnerRecordDto> Records, IReadOnlyList<PartnerInitiativeDto> Initiatives);

public sealed record PartnerInitiativeDto(int Id, string Title, EngagementLevel? Level);

public sealed record PartnerSummaryDto(int Id, int PersonId, string Name, PartnerStatus Status, IReadOnlyList<string> LivedExperience,
    IReadOnlyList<string> Languages, int Initiatives);

/// <summary>Creates or changes a partner's file; <see cref="PersonId"/> names a person at the PatientPartner level.</summary>
public sealed record PartnerForm(
    int PersonId, PartnerStatus Status = PartnerStatus.Prospective, IReadOnlyList<string>? LivedExperience = null, IReadOnlyList<string>? Skills = null,
    IReadOnlyList<string>? Languages = null, IReadOnlyList<Availability>? Availability = null, string? About = null, DateOnly? JoinedOn = null);

public sealed record PartnerRecordForm(PartnerRecordKind Kind, string? Name, DateOnly On, DateOnly? Until = null, decimal? Amount = null);

public static class AvailabilityWords
{
    public static IReadOnlyList<string> Of(Availability a) =>
        Enum.GetValues<Availability>().Where(v => v != Availability.None && a.HasFlag(v)).Select(v => v.ToString()).ToList();

    public static Availability Combine(IEnumerable<Availability>? values) =>
        (values ?? []).Aggregate(Availability.None, (all, v) => all | v);
}
