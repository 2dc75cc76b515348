using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Web.Features.Organisation;

// The shapes a page's form and an API body share. Field names are the keys of validation errors.

public sealed class DivisionForm
{
    [Required(ErrorMessage = "Name the division."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";
}

public sealed class UnitForm
{
    [Required(ErrorMessage = "Name the unit."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose the division the unit belongs to.")]
    public int DivisionId { get; set; }

    public UnitKind Kind { get; set; } = UnitKind.Ward;

    [Range(0, 2000, ErrorMessage = "Beds must be between 0 and 2,000.")]
    public int? Beds { get; set; }

    public static UnitForm From(Unit u) => new() { Name = u.Name, DivisionId = u.DivisionId, Kind = u.Kind, Beds = u.Beds };
}

public sealed class WorkgroupForm
{
    [Required(ErrorMessage = "Name the workgroup."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Give the workgroup a key, e.g. case_manager."), RegularExpression("^[a-z][a-z0-9_]{0,79}$", ErrorMessage = "Use lower-case letters, digits and underscores, starting with a letter.")]
    public string Key { get; set; } = "";
}

public sealed class PersonForm
{
    [Required(ErrorMessage = "Enter the person's name."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter an e-mail address."), EmailAddress(ErrorMessage = "Enter an e-mail address like name@hospital.org."), StringLength(320)]
    public string Email { get; set; } = "";

    public int? WorkgroupId { get; set; }

    public ManagementLevel Level { get; set; } = ManagementLevel.FrontLineStaff;

    public int[] UnitIds { get; set; } = [];

    public static PersonForm From(Person p) => new()
    {
        Name = p.Name, Email = p.Email, WorkgroupId = p.WorkgroupId, Level = p.Level, UnitIds = p.Units.Select(u => u.UnitId).ToArray(),
    };
}
