package nl.lse.platform.casework;

/** A record together with how much of its case the caller may see, for building views. */
public record Seen<T>(T item, Sight sight) {

}
