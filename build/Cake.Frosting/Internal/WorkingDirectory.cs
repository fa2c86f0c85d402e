using Cake.Core.IO;

namespace Cake.Frosting.Internal;

internal sealed record WorkingDirectory(DirectoryPath Path);
