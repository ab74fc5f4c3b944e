package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 账号管理 page (users.html, issue 14) in Chromium: the administrator searches, creates an account
 * (unit picked by name, roles by their Chinese names), edits it (roles, active, reason) and sees
 * the record; their own admin role cannot be taken away there; other roles get a notice only.
 */
class AccountsPageE2EIT extends LaptopPageTest {

  private WebElement field(String id) {
    return chromium.browser.findElement(By.id(id));
  }

  private void role(String code, boolean checked) {
    WebElement box =
        chromium.browser.findElement(
            By.cssSelector("#accRoles input[name=roles][value='" + code + "']"));
    if (box.isSelected() != checked) {
      box.click();
    }
  }

  private void search(String q) {
    field("accountQ").clear();
    field("accountQ").sendKeys(q);
    field("accountSearch").findElement(By.cssSelector("button:not([type=button])")).click();
  }

  private void editRow(String username) {
    search(username);
    By edit = By.cssSelector("#accounts tr[data-username='" + username + "'] button[data-edit]");
    // the list may be drawn again (the reload after a save, then the search): find it anew
    int tries = 0;
    while (true) {
      try {
        chromium.wait.until(ExpectedConditions.elementToBeClickable(edit)).click();
        break;
      } catch (StaleElementReferenceException e) {
        if (++tries == 5) {
          throw e;
        }
      }
    }
    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm")));
  }

  @Test
  void theAdministratorCreatesAndEditsAnAccount() throws Exception {
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/users.html");
    chromium.waitUntilLoaded();
    search("热线服务中心");
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#accounts tr[data-username='callback']")));
    assertThat(field("accounts").getText()).contains("回访员").contains("警务热线服务中心");

    String u = "it-page-" + UUID.randomUUID().toString().substring(0, 6);
    field("newAccount").click();
    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accUsername")));
    field("accUsername").sendKeys(u);
    field("accDisplayName").sendKeys("页面新建");
    field("accUnit").sendKeys("警务热线服务中心");
    role("callback", true);
    field("accPassword").sendKeys("Zhanghao-2026");
    field("accReason").sendKeys("新入职回访员");
    chromium.screenshot("accounts-create");
    field("accSave").click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), "已新建账号：" + u));
    JsonPath created =
        as("admin").get("/api/users/" + u).then().statusCode(200).extract().jsonPath();
    assertThat(created.getList("roles", String.class)).containsExactly("callback");
    assertThat(created.getString("unitCode")).isEqualTo("RXZX");
    assertThat(created.getString("displayName")).isEqualTo("页面新建");

    editRow(u);
    role("callback", false);
    role("operator", true);
    field("accActive").click();
    field("accReason").sendKeys("转岗并停用");
    field("accSave").click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), "已保存账号：" + u));
    JsonPath edited =
        as("admin").get("/api/users/" + u).then().statusCode(200).extract().jsonPath();
    assertThat(edited.getList("roles", String.class)).containsExactly("operator");
    assertThat(edited.getBoolean("active")).isFalse();
    assertThat(edited.getList("changes")).hasSize(2);
    assertThat(edited.getString("changes[0].reason")).isEqualTo("转岗并停用");

    // the record in the dialog, in words
    editRow(u);
    assertThat(field("accChanges").getText()).contains("回访员 → 话务员").contains("转岗并停用");
    chromium.screenshot("accounts-edit");
    field("accCancel").click();
  }

  @Test
  void theAdministratorsOwnAdminRoleCannotBeRemovedOnThePage() {
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/users.html");
    chromium.waitUntilLoaded();
    long before = as("admin").get("/api/users/admin").jsonPath().getLong("version");
    editRow("admin");
    role("admin", false);
    role("leader", true);
    field("accSave").click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm"), "管理员角色"));
    JsonPath after = as("admin").get("/api/users/admin").jsonPath();
    assertThat(after.getList("roles", String.class)).containsExactly("admin");
    assertThat(after.getLong("version")).isEqualTo(before);
    field("accCancel").click();
  }

  @Test
  void otherRolesSeeANoticeOnly() {
    chromium.login("operator");
    chromium.browser.get(ItServer.BASE_URL + "/users.html");
    chromium.waitUntilLoaded();
    assertThat(field("msg").getText()).contains("仅限管理员");
    assertThat(chromium.browser.findElements(By.id("accounts"))).isEmpty();
  }
}
