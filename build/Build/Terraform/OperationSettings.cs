using Cake.Core.IO;

namespace Build.Terraform;

/// <summary>Settings of the commands that evaluate the configuration: plan, apply and destroy.</summary>
public class OperationSettings : LockingSettings
{
    /// <summary>Each renders <c>-var-file=&lt;path&gt;</c>, in order; relative paths resolve against the Cake working directory.</summary>
    public List<FilePath> VariableFiles { get; set; } = [];

    /// <summary>Each renders <c>-var "name=value"</c>. Names ending in password, secret, token or key are masked in logs.</summary>
    public Dictionary<string, string> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Further variable names to mask in logs, whatever they are called.</summary>
    public HashSet<string> SensitiveVariables { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each renders <c>-target=&lt;address&gt;</c>.</summary>
    public List<string> Targets { get; set; } = [];

    /// <summary>Greater than zero renders <c>-parallelism=n</c>.</summary>
    public int Parallelism { get; set; }
}
