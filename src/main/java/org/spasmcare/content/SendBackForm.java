package org.spasmcare.content;

/** The reviewer's send-back comment as typed; kept when it is refused. */
public class SendBackForm {

    private String comment = "";

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null ? "" : comment.replace("\r\n", "\n");
    }
}
