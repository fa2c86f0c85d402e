using Cake.Core.IO;

namespace Build.Terraform;

public class InitSettings : LockingSettings
{
    /// <summary>False renders <c>-backend=false</c>: install modules and providers, skip the backend (validate, fmt).</summary>
    public bool Backend { get; set; } = true;

    /// <summary>Each renders <c>-backend-config="key=value"</c>; values of secret-looking keys are masked in logs.</summary>
    public Dictionary<string, string> BackendConfigOverrides { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Each renders <c>-backend-config=&lt;path&gt;</c>, before the key/value pairs.</summary>
    public List<FilePath> BackendConfigFiles { get; set; } = [];

    /// <summary>Renders <c>-reconfigure</c>: ignore the saved backend configuration.</summary>
    public bool ForceReconfigure { get; set; }

    /// <summary>Renders <c>-force-copy</c>: answer yes to copying state during a backend migration.</summary>
    public bool ForceCopy { get; set; }

    /// <summary>Renders <c>-upgrade</c>; off by default so the lock file decides provider versions.</summary>
    public bool Upgrade { get; set; }
}
