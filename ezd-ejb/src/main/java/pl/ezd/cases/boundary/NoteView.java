package pl.ezd.cases.boundary;

import java.time.Instant;
import pl.ezd.cases.entity.CaseNote;

/** A note in a case file as read back: its text, who wrote it in which post, and when. */
public record NoteView(long id, String text, String author, String authorName, String authorPost, Instant writtenAt) {

    static NoteView of(CaseNote note) {
        return new NoteView(note.getId(), note.getText(), note.getAuthor(), note.getAuthorName(), note.getAuthorPost(),
                note.getWrittenAt());
    }
}
