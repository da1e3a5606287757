package nl.wmoregio.web.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** M7 (issue 16): JSON for an inline script cannot end the script, and still means the same. */
class ScriptJsonTest {

    static final String VIJANDIG = "Zorg</script><meta http-equiv=refresh content=0;url=//evil.example>"
            + "<!--<script>&amp;'\u2028\u2029";

    @Test
    void noMarkupCharactersLeaveTheJsonAndTheValueIsUnchanged() {
        JsonObject config = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(VIJANDIG))).build();
        String inScript = ScriptJson.inScript(config);
        for (String verboden : new String[] {"<", ">", "&", "'", "\u2028", "\u2029"}) {
            assertFalse(inScript.contains(verboden), verboden + " in " + inScript);
        }
        JsonObject terug = Json.createReader(new StringReader(inScript)).readObject();
        assertEquals(config, terug);
        assertEquals(VIJANDIG, terug.getJsonObject("data").getJsonArray("labels").getString(0));
    }
}
