using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Partners;

/// <summary>A patient partner's file in the partnership programme's registry: what they bring (lived experience, skills,
/// languages, time), where they stand, and the dated records of their training, consents, agreements and recognition.
/// The person is a <see cref="Person"/> at <see cref="ManagementLevel.PatientPartner"/>; the profile adds what only
/// the programme needs, and is seen by the same people who may see the partner (docs/guide/partners.md).</summary>
public sealed class PartnerProfile : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public PartnerStatus Status { get; set; } = PartnerStatus.Prospective;

    /// <summary>Conditions, services and journeys the partner knows from the inside ("heart failure", "carer").</summary>
    public List<string> LivedExperience { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public Availability Availability { get; set; }

    /// <summary>In the partner's own words, what they want to bring and to get from partnering.</summary>
    public string About { get; set; } = "";
    public DateOnly? JoinedOn { get; set; }
    public List<PartnerRecord> Records { get; } = [];
}

public enum PartnerStatus
{
    Prospective,
    Active,
    Paused,
    Retired,
}

/// <summary>A dated line in the partner's file: training completed, a consent or agreement signed (and until when it
/// holds), or recognition given (an honorarium, expenses, a certificate).</summary>
public sealed class PartnerRecord
{
    public int Id { get; set; }
    public int ProfileId { get; set; }
    public PartnerProfile? Profile { get; set; }
    public PartnerRecordKind Kind { get; set; }
    public required string Name { get; set; }
    public DateOnly On { get; set; }
    public DateOnly? Until { get; set; }
    /// <summary>For recognition paid in money, in the organisation's currency.</summary>
    public decimal? Amount { get; set; }
}

public enum PartnerRecordKind
{
    Training,
    Consent,
    Agreement,
    Recognition,
}
