package pl.ezd.web.api;

/** An error as API clients receive it: a code to act on and a message for the user. */
public record Problem(int status, String code, String message) {
}
