package org.countychain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which version of the plug-in interfaces (SPI) this library offers, and whether a plug-in built against another
 * one can run on it (插件接口版本).
 *
 * <p>A plug-in reports the version it was compiled against by returning {@link #SPI} from its
 * {@code builtAgainst()} method ({@code PolicyRule}, {@code ReportExporter}, {@code DocxContributor}):
 *
 * <pre>{@code
 * @Override
 * public String builtAgainst() {
 *     return CountyChainVersion.SPI;   // a constant: the compiler copies the value into the plug-in's class
 * }
 * }</pre>
 *
 * <p>Because {@link #SPI} is a compile-time constant, the value in the plug-in's class is that of the library it was
 * compiled against, not of the library it runs on. When the two do not fit ({@link #incompatibility(String)}), the
 * library reports the plug-in as a problem with both versions named, instead of letting it fail later with a
 * {@code NoSuchMethodError} or {@code AbstractMethodError}. A plug-in that does not say (the default {@code null})
 * is accepted as before.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public final class CountyChainVersion {
    /**
     * The SPI version of this library: its major and minor version ({@code 0.1}). Experimental SPIs may change in
     * a minor release, so before 1.0 a plug-in fits only the minor version it was built against; from 1.0 on, any
     * library of the same major version that is not older than the plug-in's.
     */
    public static final String SPI = "0.1";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+].*)?");

    private CountyChainVersion() {
    }

    /**
     * Why a plug-in built against a version cannot run on this library.
     *
     * @param builtAgainst what the plug-in's {@code builtAgainst()} returned: {@code major.minor}, optionally with
     *                     a patch and a qualifier ({@code 0.1.0-SNAPSHOT}); {@code null} when it does not say
     * @return the reason in English naming both versions, or empty when the plug-in fits or does not say
     */
    public static Optional<String> incompatibility(@Nullable String builtAgainst) {
        return incompatibility(builtAgainst, SPI);
    }

    static Optional<String> incompatibility(@Nullable String builtAgainst, String library) {
        if (builtAgainst == null) {
            return Optional.empty();
        }
        Matcher plugin = VERSION.matcher(builtAgainst.strip());
        Matcher own = VERSION.matcher(library);
        if (!plugin.matches() || !own.matches()) {
            return Optional.of("it says it was built against version '" + builtAgainst
                    + "', which is not a version (major.minor); this library's plug-in interfaces are " + library);
        }
        int major = Integer.parseInt(plugin.group(1));
        int minor = Integer.parseInt(plugin.group(2));
        int ownMajor = Integer.parseInt(own.group(1));
        int ownMinor = Integer.parseInt(own.group(2));
        boolean fits = major == ownMajor && (major == 0 ? minor == ownMinor : minor <= ownMinor);
        return fits ? Optional.empty() : Optional.of("it was built against CountyChain " + major + "." + minor
                + ", this library's plug-in interfaces are " + library + "; rebuild it against this version");
    }
}
